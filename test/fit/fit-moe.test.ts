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
    NAMES.forEach((name) => expect(fit[name]! / TRUE[name]).toBeCloseTo(1, 4));
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.plainEq1.r2).toBeLessThan(fit.r2);
    expect(fit.tokensPerRequest).toBe(1);
    expect(fit.converged).toBe(true);
  });

  it('recovers them from noisy data within 4 asymptotic standard errors of each loss (3 seeds)', () => {
    const noise = 0.01;
    const truth = latencies(TRUE, 1);
    const sigma = truth.map((l) => noise * l);
    const model = (t: number[]) => latencies({ c1_u: t[0], c1_s: t[1], c2_u: t[2], c2_s: t[3] }, 1);
    for (const loss of ['absolute', 'relative'] as const) {
      const se = standardErrors(model, NAMES.map((n) => TRUE[n]), sigma, loss === 'relative' ? truth.map((l) => 1 / l) : undefined);
      for (const seed of [31, 32, 33]) {
        const fit = fitMoe(rows(createRng(seed), noise), { ...ROUTING, loss });
        expect(fit.loss).toBe(loss);
        NAMES.forEach((name, j) => expect(Math.abs(fit[name]! - TRUE[name]) / se[j]).toBeLessThan(4));
      }
    }
  });

  it('recovers every coefficient within 2% at 1% multiplicative noise on a dense sweep (3 seeds x 2 systems)', () => {
    // The u/s split of C2 is weakly determined by one sweep: with the 13 rates above the asymptotic
    // relative standard error of c2_u is 34% at 1% noise. A design that identifies every coefficient to
    // 2% (at least 4.3 standard errors, relative loss, computed below) needs coverage that grows slowly
    // with load (m/M = 1/32, or 4/32 with large C2 terms), load-dependent terms large enough to be seen
    // while coverage is low, and many load levels: 200 rates from 2% to 95% of the full-coverage
    // saturation rate, and 65 closed-loop concurrencies from 1 to 256 (geometric).
    const systems = [
      { routing: { experts: 32, active: 1 }, c: { c1_u: 0.2, c1_s: 1.0, c2_u: 0.03, c2_s: 0.03 } },
      { routing: { experts: 32, active: 4 }, c: { c1_u: 0.2, c1_s: 1.0, c2_u: 0.1, c2_s: 0.1 }, rates: 300 },
    ];
    for (const { routing, c, rates: nRates } of systems) {
      const sat = 1 / (c.c2_u + c.c2_s);
      const rates = Array.from({ length: nRates ?? 200 }, (_, i) => (0.02 + (0.93 * i) / ((nRates ?? 200) - 1)) * sat);
      const conc = [...new Set(Array.from({ length: 100 }, (_, i) => Math.round(256 ** (i / 99))))];
      const model = (t: number[]): number[] => {
        const cc = { c1_u: t[0], c1_s: t[1], c2_u: t[2], c2_s: t[3] };
        return [
          ...rates.map((r) => moeLatency(r, cc, { ...routing, tokensPerRequest: 1 }).latencyS),
          ...conc.map((x) => {
            const phi = 1 - (1 - routing.active / routing.experts) ** x;
            return cc.c1_u + phi * cc.c1_s + x * (cc.c2_u + phi * cc.c2_s);
          }),
        ];
      };
      const theta = NAMES.map((n) => c[n]);
      const truth = model(theta);
      const se = standardErrors(model, theta, truth.map((l) => 0.01 * l), truth.map((l) => 1 / l));
      se.forEach((v, j) => expect(v / theta[j]).toBeLessThan(0.0047));
      for (const seed of [1, 2, 3]) {
        const rng = createRng(60 + seed);
        const r = truth.map((l, i) =>
          i < rates.length
            ? tidyRow({ measured_rps: rates[i], rate_rps: rates[i], mean_latency_s: l * (1 + 0.01 * rng.normal()), source: `m#${i}` })
            : tidyRow({ strategy: 'concurrent', concurrency: conc[i - rates.length], mean_latency_s: l * (1 + 0.01 * rng.normal()), source: `c#${i}` }),
        );
        const fit = fitMoe(r, { ...routing, exclusion: false });
        expect(fit.converged).toBe(true);
        expect(fit.unidentified).toEqual([]);
        NAMES.forEach((name) => expect(Math.abs(fit[name]! / c[name] - 1)).toBeLessThan(0.02));
      }
    }
  });

  it('reports the u/s split as unidentified when every point has the same coverage', () => {
    // Closed loop at one concurrency per point but full coverage everywhere (phi = 1 - (31/32)^T with
    // T >= 2000 is 1 to double precision): only c1_u + c1_s and c2_u + c2_s are determined.
    const conc = [2000, 2500, 3000, 4000, 5000, 6000];
    const r = conc.map((x, i) => tidyRow({ strategy: 'concurrent', concurrency: x, mean_latency_s: 1.2 + x * 0.05 * (1 + 0.001 * Math.sin(i)), source: `c#${i}` }));
    const fit = fitMoe(r, { experts: 32, active: 1, exclusion: false });
    expect(fit.unidentified.map((u) => u.names)).toEqual([['c1_u', 'c1_s'], ['c2_u', 'c2_s']]);
    expect([fit.c1_u, fit.c1_s, fit.c2_u, fit.c2_s]).toEqual([null, null, null, null]);
    expect(fit.r2).toBeGreaterThan(0.999);
  });

  it('routes k + 1 tokens per request with SD by default, k or a number on request', () => {
    const r = rows(null, 0, 3);
    const fit = fitMoe(r, ROUTING);
    expect(fit.tokensPerRequest).toBe(4);
    NAMES.forEach((name) => expect(fit[name]! / TRUE[name]).toBeCloseTo(1, 4));
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
    NAMES.forEach((name) => expect(fit[name]! / TRUE[name]).toBeCloseTo(1, 4));
  });

  it('rejects mixed configurations, bad routing and too few points', () => {
    expect(() => fitMoe([...rows(null, 0, 0), ...rows(null, 0, 2)], ROUTING)).toThrow('fitMoe requires rows of one (k, alpha) configuration, got 2');
    expect(() => fitMoe(rows(null, 0), { experts: 4, active: 8 })).toThrow('fitMoe requires active to be an integer in [1, experts]');
    expect(() => fitMoe(rows(null, 0), { ...ROUTING, tokensPerRequest: 'x' as never })).toThrow("fitMoe requires tokensPerRequest 'k+1', 'k' or a positive number");
    expect(() => fitMoe(rows(null, 0).slice(0, 4), ROUTING)).toThrow('fitMoe requires at least 5 points for 4 coefficients, got 4 usable of 4');
  });
});
