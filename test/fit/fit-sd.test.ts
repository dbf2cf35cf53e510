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

/** A baseline and every (alpha, k): a sync run + constant rates at fixed fractions of each setting's saturation. */
function design(six = SIX, alphas = ALPHAS, ks = KS, fractions = FRACTIONS, baseline = true): Design[] {
  const settings = [...(baseline ? [{ k: 0, alpha: null as number | null }] : []), ...alphas.flatMap((alpha) => ks.map((k) => ({ k, alpha })))];
  return settings.flatMap(({ k, alpha }) => {
    const e = k === 0 ? 1 : expected(alpha as number, k);
    const [, c2] = eff(six, k, e);
    return [
      { k, alpha, e, kind: 'closed' as const, x: 1 },
      ...fractions.map((fr) => ({ k, alpha, e, kind: 'open' as const, x: fr / c2 })),
    ];
  });
}

function predict(six: number[], d: Design[]): number[] {
  return d.map((p) => {
    const [c1, c2] = eff(six, p.k, p.e);
    return p.kind === 'closed' ? c1 + c2 * p.x : c1 / (1 - p.x * c2);
  });
}

function rows(d: Design[], rng: Rng | null, noise: number, extra: (p: Design) => Partial<TidyRow> = () => ({}), six = SIX): TidyRow[] {
  const latency = predict(six, d);
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
    NAMES.forEach((name, j) => expect(fit[name]! / SIX[j]).toBeCloseTo(1, 6));
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.nPoints).toBe(d.length);
    expect(fit.excluded).toEqual([]);
    // The point records are built when first read, then kept (one array), in the keys' place.
    expect(Object.getOwnPropertyDescriptor(fit, 'points')?.get).toBeTypeOf('function');
    expect(fit.points).toBe(fit.points);
    expect(Object.getOwnPropertyDescriptor(fit, 'points')?.get).toBeUndefined();
    expect(fit.points.map((p) => p.index)).toEqual(d.map((_, i) => i));
    expect(fit.points[5].predictedS / fit.points[5].latencyS).toBeCloseTo(1, 6);
    expect(Object.keys(fit).indexOf('points')).toBe(Object.keys(fit).indexOf('residuals') + 1);
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

  it('recovers them from noisy data within 4 asymptotic standard errors of each loss (3 seeds)', () => {
    const d = design();
    const noise = 0.02;
    const truth = predict(SIX, d);
    const sigma = truth.map((l) => noise * l);
    for (const loss of ['absolute', 'relative'] as const) {
      // Unweighted least squares, or weighted by 1 / L^2 (relative residuals).
      const se = standardErrors((theta) => predict(theta, d), SIX, sigma, loss === 'relative' ? truth.map((l) => 1 / l) : undefined);
      for (const seed of [11, 12, 13]) {
        const fit = fitSd(rows(d, createRng(seed), noise), { loss });
        expect(fit.converged).toBe(true);
        expect(fit.loss).toBe(loss);
        NAMES.forEach((name, j) => expect(Math.abs(fit[name]! - SIX[j]) / se[j]).toBeLessThan(4));
      }
    }
  });

  it('recovers every coefficient within 2% at 1% multiplicative noise on the paper grid (5 seeds x 2 systems)', () => {
    // The paper's grid: alpha 0.50..1.00 by 0.05 x k 1..10 plus a baseline, each a sync run and 9 rates
    // at 10%..90% of saturation (1110 points). The coefficients give every term a visible share of the
    // latency; asymptotic relative standard errors (relative loss, 1% noise) are at most 0.42% (system A,
    // c1_d) and 0.33% (system B, c1_p), so 2% is at least 4.8 standard errors.
    const alphas = Array.from({ length: 11 }, (_, i) => 0.5 + 0.05 * i);
    const ks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const fractions = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    const systems = [
      [0.5, 0.0135, 0.0011, 0.035, 0.0003, 0.0001],
      [0.6, 0.02, 0.003, 0.03, 0.0005, 0.0003],
    ];
    for (const six of systems) {
      const d = design(six, alphas, ks, fractions);
      const truth = predict(six, d);
      const se = standardErrors((theta) => predict(theta, d), six, truth.map((l) => 0.01 * l), truth.map((l) => 1 / l));
      se.forEach((s, j) => expect(s / six[j]).toBeLessThan(0.005)); // the design's precision, as stated above
      for (const seed of [1, 2, 3, 4, 5]) {
        const fit = fitSd(rows(d, createRng(40 + seed), 0.01, () => ({}), six));
        expect(fit.converged).toBe(true);
        expect(fit.unidentified).toEqual([]);
        NAMES.forEach((name, j) => expect(Math.abs(fit[name]! / six[j] - 1)).toBeLessThan(0.02));
      }
    }
  });

  it('uses a measured acceptance length when alpha is null, giving the same fit as alpha', () => {
    const d = design();
    const withAlpha = fitSd(rows(d, createRng(5), 0.02));
    const withColumn = fitSd(rows(d, createRng(5), 0.02, (p) => ({ alpha: null, acceptance_length: p.e })));
    NAMES.forEach((name) => expect(withColumn[name]).toBeCloseTo(withAlpha[name]!, 9));
  });

  it('excludes SD rows without alpha or acceptance length, with the reason', () => {
    const d = design();
    const r = rows(d, null, 0);
    r[20] = { ...r[20], alpha: null };
    const fit = fitSd(r);
    expect(fit.excluded).toEqual([{ index: 20, source: r[20].source, reason: `k = ${r[20].k} without alpha or a measured acceptance_length in [1, k + 1]` }]);
  });

  it('reports coefficients the design cannot identify as null, with the reason, and recovers the others', () => {
    // One draft length and no baseline: g k / E = k (g / E), so only c1_v + k c1_d and c2_v + k c2_d are
    // determined. (With baseline rows, g k / E = 0 there while g / E = g, which separates them.)
    const oneK = fitSd(rows(design(SIX, ALPHAS, [3], FRACTIONS, false), null, 0));
    expect(oneK.unidentified.map((u) => u.names)).toEqual([['c1_v', 'c1_d'], ['c2_v', 'c2_d']]);
    expect(oneK.unidentified[0].reason).toMatch(/^the data determine only a combination of c1_v, c1_d .*every SD row has the same draft length k = 3$/);
    expect([oneK.c1_v, oneK.c1_d, oneK.c2_v, oneK.c2_d]).toEqual([null, null, null, null]);
    // Noise-free data: the identified coefficients are exact.
    expect(oneK.c1_p! / SIX[0]).toBeCloseTo(1, 6);
    expect(oneK.c2_p! / SIX[3]).toBeCloseTo(1, 6);
    expect(oneK.r2).toBeCloseTo(1, 10);
    // alpha = 1 only, no baseline: E = k + 1, so g k / E = g - g / E and the three c1 (and c2) terms are dependent.
    const full = fitSd(rows(design(SIX, [1], [1, 2, 4, 6], FRACTIONS, false), createRng(4), 0.01));
    expect(full.unidentified.map((u) => u.names)).toEqual([['c1_p', 'c1_v', 'c1_d'], ['c2_p', 'c2_v', 'c2_d']]);
    expect(NAMES.map((n) => full[n])).toEqual([null, null, null, null, null, null]);
    // The identifiable grids report none: the full grid, and one draft length with a baseline.
    expect(fitSd(rows(design(), createRng(5), 0.01)).unidentified).toEqual([]);
    expect(fitSd(rows(design(SIX, ALPHAS, [3]), createRng(6), 0.01)).unidentified).toEqual([]);
  });

  it('refuses settings that cannot separate prefill, verification and drafting', () => {
    const base = rows(design(), null, 0).filter((r) => r.k === 0);
    const twice = [...base, ...base.map((r) => ({ ...r }))];
    expect(() => fitSd(twice)).toThrow(/^fitSd requires settings that separate prefill, verification and drafting: every point has the same/);
    expect(() => fitSd(base, { loss: 'squared' as never })).toThrow(`fitSd requires loss 'relative' or 'absolute', got "squared"`);
    expect(() => fitSd(base.slice(0, 3))).toThrow('fitSd requires at least 7 points for 6 coefficients, got 3 usable of 3 (0 excluded)');
  });

  it('gives the same answer from both starts', () => {
    const r = rows(design(), createRng(21), 0.03);
    const a = fitSd(r, { start: 'settings' });
    const b = fitSd(r, { start: 'little' });
    expect(a.start).toBe('settings');
    expect(b.start).toBe('little');
    NAMES.forEach((name) => expect(b[name]).toBeCloseTo(a[name]!, 7));
  });
});
