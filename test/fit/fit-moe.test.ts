import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { fitMoe } from '../../lib/fit/fit-moe.js';
import type { MoeCoefficients } from '../../lib/model/moe-coefficients.js';
import { moeLatency } from '../../lib/model/moe-latency.js';
import type { Rng } from '../../lib/random/create-rng.js';
import { createRng } from '../../lib/random/create-rng.js';
import { standardErrors } from './asymptotic-covariance.js';
import { tidyRow } from './tidy-row-factory.js';

// gpt-oss-20b routing (model card): 4 of 32 experts per token.
const ROUTING = { experts: 32, active: 4 };
const TRUE: MoeCoefficients = { c1_u: 0.6, c1_s: 0.5, c2_u: 0.01, c2_s: 0.04 };
const NAMES = ['c1_u', 'c1_s', 'c2_u', 'c2_s'] as const;
// Saturation at full coverage is 1 / 0.05 = 20 rps; rates span the low-coverage region too.
const RATES = [0.1, 0.3, 0.6, 1, 1.5, 2.5, 4, 6, 8, 10, 12, 14, 16];

function latencies(c: MoeCoefficients, tpr: number): number[] {
  return RATES.map((r) => moeLatency(r, c, { ...ROUTING, tokensPerRequest: tpr }).latencyS);
}

function rows(rng: Rng | null, noise: number, k = 0): TidyRow[] {
  const tpr = k === 0 ? 1 : k + 1;
  return latencies(TRUE, tpr).map((l, i) =>
    tidyRow({ k, alpha: k === 0 ? null : 0.8, measured_rps: RATES[i], rate_rps: RATES[i], mean_latency_s: l * (1 + (rng ? noise * rng.normal() : 0)), source: `moe#${i}` }),
  );
}

describe('fitMoe', () => {
  it('recovers the four coefficients from noise-free Eq. 4 data, beating plain Eq. 1', () => {
    const fit = fitMoe(rows(null, 0), ROUTING);
    NAMES.forEach((name) => expect(fit[name] / TRUE[name]).toBeCloseTo(1, 4));
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.plainEq1.r2).toBeLessThan(fit.r2);
    expect(fit.tokensPerRequest).toBe(1);
    expect(fit.converged).toBe(true);
  });

  it('recovers them from noisy data within 4 asymptotic standard errors (3 seeds)', () => {
    const noise = 0.01;
    const sigma = latencies(TRUE, 1).map((l) => noise * l);
    const se = standardErrors((t) => latencies({ c1_u: t[0], c1_s: t[1], c2_u: t[2], c2_s: t[3] }, 1), NAMES.map((n) => TRUE[n]), sigma);
    for (const seed of [31, 32, 33]) {
      const fit = fitMoe(rows(createRng(seed), noise), ROUTING);
      NAMES.forEach((name, j) => expect(Math.abs(fit[name] - TRUE[name]) / se[j]).toBeLessThan(4));
    }
  });

  it('routes k + 1 tokens per request with SD by default, k or a number on request', () => {
    const r = rows(null, 0, 3);
    const fit = fitMoe(r, ROUTING);
    expect(fit.tokensPerRequest).toBe(4);
    NAMES.forEach((name) => expect(fit[name] / TRUE[name]).toBeCloseTo(1, 4));
    expect(fitMoe(r, { ...ROUTING, tokensPerRequest: 'k', requireConvergence: false }).tokensPerRequest).toBe(3);
    expect(fitMoe(r, { ...ROUTING, tokensPerRequest: 2.5, requireConvergence: false }).tokensPerRequest).toBe(2.5);
  });

  it('fits closed-loop points with T = concurrency * tokens per request', () => {
    const conc = [1, 2, 4, 8, 16, 32, 64];
    const r = conc.map((c, i) => {
      const phi = 1 - (1 - 4 / 32) ** c;
      return tidyRow({ strategy: 'concurrent', concurrency: c, mean_latency_s: TRUE.c1_u + phi * TRUE.c1_s + c * (TRUE.c2_u + phi * TRUE.c2_s), source: `c#${i}` });
    });
    const fit = fitMoe(r, ROUTING);
    NAMES.forEach((name) => expect(fit[name] / TRUE[name]).toBeCloseTo(1, 4));
  });

  it('rejects mixed configurations, bad routing and too few points', () => {
    expect(() => fitMoe([...rows(null, 0, 0), ...rows(null, 0, 2)], ROUTING)).toThrow('fitMoe requires rows of one (k, alpha) configuration, got 2');
    expect(() => fitMoe(rows(null, 0), { experts: 4, active: 8 })).toThrow('fitMoe requires active to be an integer in [1, experts]');
    expect(() => fitMoe(rows(null, 0), { ...ROUTING, tokensPerRequest: 'x' as never })).toThrow("fitMoe requires tokensPerRequest 'k+1', 'k' or a positive number");
    expect(() => fitMoe(rows(null, 0).slice(0, 4), ROUTING)).toThrow('fitMoe requires at least 5 points for 4 coefficients, got 4 usable of 4');
  });
});
