import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { fitSd } from '../../lib/fit/fit-sd.js';
import type { Rng } from '../../lib/random/create-rng.js';
import { createRng } from '../../lib/random/create-rng.js';
import { standardErrors } from './asymptotic-covariance.js';
import { tidyRow } from './tidy-row-factory.js';

const SIX = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001]; // c1_p, c1_v, c1_d, c2_p, c2_v, c2_d
const NAMES = ['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d'] as const;
const G = 128;
const ALPHAS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
const KS = [1, 2, 3, 4, 5, 6, 8, 10];
const FRACTIONS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

/** E(alpha, k) = sum_{j=0..k} alpha^j, written out independently of lib/model. */
const expected = (a: number, k: number) => (a === 1 ? k + 1 : (1 - a ** (k + 1)) / (1 - a));

/** Eq. 3 by hand. */
function eff(six: number[], k: number, e: number): [number, number] {
  const cycles = G / e;
  return [six[0] + cycles * (six[1] + k * six[2]), six[3] + cycles * (six[4] + k * six[5])];
}

interface Design {
  k: number;
  alpha: number | null;
  e: number;
  kind: 'closed' | 'open';
  x: number;
}

/** Sync run + 8 constant rates at fixed fractions of each setting's saturation, for the true coefficients. */
function design(): Design[] {
  const settings = [{ k: 0, alpha: null as number | null }, ...ALPHAS.flatMap((alpha) => KS.map((k) => ({ k, alpha })))];
  return settings.flatMap(({ k, alpha }) => {
    const e = k === 0 ? 1 : expected(alpha as number, k);
    const [, c2] = eff(SIX, k, e);
    return [
      { k, alpha, e, kind: 'closed' as const, x: 1 },
      ...FRACTIONS.map((fr) => ({ k, alpha, e, kind: 'open' as const, x: fr / c2 })),
    ];
  });
}

function predict(six: number[], d: Design[]): number[] {
  return d.map((p) => {
    const [c1, c2] = eff(six, p.k, p.e);
    return p.kind === 'closed' ? c1 + c2 * p.x : c1 / (1 - p.x * c2);
  });
}

function rows(d: Design[], rng: Rng | null, noise: number, extra: (p: Design) => Partial<TidyRow> = () => ({})): TidyRow[] {
  const latency = predict(SIX, d);
  return d.map((p, i) =>
    tidyRow({
      drafter: p.k === 0 ? '' : 'D',
      k: p.k,
      alpha: p.alpha,
      decode_tokens: G,
      strategy: p.kind === 'closed' ? 'synchronous' : 'constant',
      measured_rps: p.kind === 'closed' ? 1 / latency[i] : p.x,
      rate_rps: p.kind === 'closed' ? null : p.x,
      mean_latency_s: latency[i] * (1 + (rng ? noise * rng.normal() : 0)),
      source: `sweep-k${p.k}-a${p.alpha}.json#${i}`, // one file per sweep, as the loaders name them
      ...extra(p),
    }),
  );
}

describe('fitSd', () => {
  it('recovers the six coefficients exactly from noise-free Eq. 3 data over an (alpha, k) grid with a baseline', () => {
    const d = design();
    const fit = fitSd(rows(d, null, 0));
    NAMES.forEach((name, j) => expect(fit[name] / SIX[j]).toBeCloseTo(1, 6));
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.nPoints).toBe(d.length);
    expect(fit.excluded).toEqual([]);
    expect(fit.settings).toHaveLength(1 + ALPHAS.length * KS.length);
    expect(fit.regression!.r2C1).toBeCloseTo(1, 8);
    expect(fit.regression!.r2C2).toBeCloseTo(1, 8);
    // Per-setting effective coefficients equal Eq. 3 by hand.
    const s = fit.settings.find((x) => x.k === 3 && x.alpha === 0.7)!;
    const [c1, c2] = eff(SIX, 3, expected(0.7, 3));
    expect(s.c1Eff).toBeCloseTo(c1, 6);
    expect(s.c2Eff).toBeCloseTo(c2, 8);
    expect(s.c1).toBeCloseTo(c1, 6);
  });

  it('recovers them from noisy data within 4 asymptotic standard errors (3 seeds)', () => {
    const d = design();
    const noise = 0.02;
    const sigma = predict(SIX, d).map((l) => noise * l);
    const se = standardErrors((theta) => predict(theta, d), SIX, sigma);
    for (const seed of [11, 12, 13]) {
      const fit = fitSd(rows(d, createRng(seed), noise));
      expect(fit.converged).toBe(true);
      NAMES.forEach((name, j) => expect(Math.abs(fit[name] - SIX[j]) / se[j]).toBeLessThan(4));
    }
  });

  it('uses a measured acceptance length when alpha is null, giving the same fit as alpha', () => {
    const d = design();
    const withAlpha = fitSd(rows(d, createRng(5), 0.02));
    const withColumn = fitSd(rows(d, createRng(5), 0.02, (p) => ({ alpha: null, acceptance_length: p.e })));
    NAMES.forEach((name) => expect(withColumn[name]).toBeCloseTo(withAlpha[name], 9));
  });

  it('excludes SD rows without alpha or acceptance length, with the reason', () => {
    const d = design();
    const r = rows(d, null, 0);
    r[20] = { ...r[20], alpha: null };
    const fit = fitSd(r);
    expect(fit.excluded).toEqual([{ index: 20, source: r[20].source, reason: `k = ${r[20].k} without alpha or a measured acceptance_length in [1, k + 1]` }]);
  });

  it('refuses settings that cannot separate prefill, verification and drafting', () => {
    const base = rows(design(), null, 0).filter((r) => r.k === 0);
    const twice = [...base, ...base.map((r) => ({ ...r }))];
    expect(() => fitSd(twice)).toThrow(/^fitSd requires settings that separate prefill, verification and drafting/);
    expect(() => fitSd(base.slice(0, 3))).toThrow('fitSd requires at least 7 points for 6 coefficients, got 3 usable of 3 (0 excluded)');
  });

  it('gives the same answer from both starts', () => {
    const r = rows(design(), createRng(21), 0.03);
    const a = fitSd(r, { start: 'settings' });
    const b = fitSd(r, { start: 'little' });
    expect(a.start).toBe('settings');
    expect(b.start).toBe('little');
    NAMES.forEach((name) => expect(b[name]).toBeCloseTo(a[name], 7));
  });
});
