import { describe, expect, it } from 'vitest';
import { fitEq1 } from '../../lib/fit/fit-eq1.js';
import { createRng } from '../../lib/random/create-rng.js';
import { eq1Rows, realSweepRows, tidyRow } from './tidy-row-factory.js';

const eq1 = (r: number, c1: number, c2: number) => c1 / (1 - r * c2);

describe('fitEq1', () => {
  it('recovers exact coefficients from noise-free Eq. 1 data', () => {
    const pts = [0, 1.5, 3, 4.5, 6, 7.5, 9, 10.5, 11].map((rps) => ({ rps, latencyS: eq1(rps, 1.3, 0.08) }));
    const fit = fitEq1(pts);
    expect(fit.c1).toBeCloseTo(1.3, 9);
    expect(fit.c2).toBeCloseTo(0.08, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fit.saturationRps).toBeCloseTo(12.5, 7);
    expect(fit.converged).toBe(true);
    expect(fit.nPoints).toBe(9);
  });

  it('matches SciPy curve_fit on a published-style data set (absolute loss) and least_squares on relative residuals', () => {
    // scipy 1.17 curve_fit(lambda r, c1, c2: c1 / (1 - r * c2), r, L, p0=[1, 0.1], ftol=xtol=gtol=1e-15)
    // -> [1.0045353656889895, 0.10243042968659442]; R^2 0.9991854859916424
    const r = [0.5, 1, 2, 3, 4, 5, 6, 7];
    const L = [1.07, 1.09, 1.31, 1.42, 1.71, 2.05, 2.61, 3.55];
    const pts = r.map((rps, i) => ({ rps, latencyS: L[i] }));
    const abs = fitEq1(pts, { loss: 'absolute' });
    expect(abs.loss).toBe('absolute');
    expect(abs.c1).toBeCloseTo(1.0045353656889895, 8);
    expect(abs.c2).toBeCloseTo(0.10243042968659442, 9);
    expect(abs.r2).toBeCloseTo(0.9991854859916424, 9);
    // scipy least_squares(lambda p: (p[0] / (1 - r * p[1]) - L) / L, [1, 0.1], method='lm', ftol=xtol=gtol=1e-15)
    // -> [1.0042157496154422, 0.10242870999033285]; R^2 0.999184739861755, MAPE 0.013185891553993946
    const rel = fitEq1(pts);
    expect(rel.loss).toBe('relative');
    expect(rel.c1).toBeCloseTo(1.0042157496154422, 8);
    expect(rel.c2).toBeCloseTo(0.10242870999033285, 9);
    expect(rel.r2).toBeCloseTo(0.999184739861755, 9);
    expect(rel.mape).toBeCloseTo(0.013185891553993946, 9);
  });

  it('fits a real sweep (tidy rows) like SciPy, with the synchronous run as one closed-loop stream', () => {
    // scipy least_squares(method='lm') on residuals [c1 + c2 - 1.3981, c1 / (1 - r c2) - L] of the 8 kept points
    // -> [1.3506678850863931, 0.06219037395813706]; R^2 0.9968733976399317, MAPE 0.017193421921728416
    const fit = fitEq1(realSweepRows(), { loss: 'absolute' });
    expect(fit.excluded.map((e) => e.index)).toEqual([1, 9]);
    expect(fit.nPoints).toBe(8);
    expect(fit.points[0]).toMatchObject({ index: 0, kind: 'closed', x: 1 });
    expect(fit.c1).toBeCloseTo(1.3506678850863931, 6);
    expect(fit.c2).toBeCloseTo(0.06219037395813706, 7);
    expect(fit.r2).toBeCloseTo(0.9968733976399317, 7);
    expect(fit.mape).toBeCloseTo(0.017193421921728416, 6);
    expect(fit.residuals).toHaveLength(8);
    fit.points.forEach((p, i) => expect(fit.residuals[i]).toBeCloseTo(p.latencyS - p.predictedS, 12));
    // The same residuals divided by L (relative loss, the default)
    // -> [1.3627062549856883, 0.0616449635326179]; R^2 0.9965696047823499, MAPE 0.016212507760289187:
    // the lower MAPE at a slightly lower R^2, the trade the relative loss makes.
    const rel = fitEq1(realSweepRows());
    expect(rel.c1).toBeCloseTo(1.3627062549856883, 6);
    expect(rel.c2).toBeCloseTo(0.0616449635326179, 7);
    expect(rel.r2).toBeCloseTo(0.9965696047823499, 7);
    expect(rel.mape).toBeCloseTo(0.016212507760289187, 7);
  });

  it('fits open and closed loop jointly with shared coefficients (SciPy reference)', () => {
    // scipy least_squares(method='lm') on [c1 + c2 * 1 - 1.12, c1 / (1 - r c2) - L]
    // -> [1.0323720171505086, 0.10706414303894525]; divided by L: [1.0376612027363987, 0.10646153936194046]
    const pts = [
      { concurrency: 1, latencyS: 1.12 },
      ...[1, 2, 3, 4, 5, 6].map((rps, i) => ({ rps, latencyS: [1.2, 1.33, 1.5, 1.8, 2.2, 2.9][i] })),
    ];
    const abs = fitEq1(pts, { loss: 'absolute' });
    expect(abs.c1).toBeCloseTo(1.0323720171505086, 7);
    expect(abs.c2).toBeCloseTo(0.10706414303894525, 8);
    const rel = fitEq1(pts);
    expect(rel.c1).toBeCloseTo(1.0376612027363987, 7);
    expect(rel.c2).toBeCloseTo(0.10646153936194046, 8);
  });

  it('fits closed-loop data as the straight line L = C1 + C2 c (numpy.polyfit reference)', () => {
    // numpy.polyfit(c, L, 1) -> [0.06200426, 0.95562189]; with w = 1 / L (relative residuals)
    // -> [0.06138053286629248, 0.9605004530317501]
    const c = [1, 2, 4, 8, 16, 32];
    const L = [1.02, 1.11, 1.18, 1.45, 1.93, 2.95];
    const pts = c.map((concurrency, i) => ({ concurrency, latencyS: L[i] }));
    const abs = fitEq1(pts, { loss: 'absolute' });
    expect(abs.c2).toBeCloseTo(0.06200426, 7);
    expect(abs.c1).toBeCloseTo(0.95562189, 7);
    expect(abs.saturationRps).toBeCloseTo(1 / 0.06200426, 3);
    const rel = fitEq1(pts);
    expect(rel.c2).toBeCloseTo(0.06138053286629248, 9);
    expect(rel.c1).toBeCloseTo(0.9605004530317501, 9);
  });

  it('is the minimum of its loss: no point of a fine grid around it is lower, for both losses', () => {
    const rng = createRng(7);
    const rates = [0.7, 2, 3.5, 5, 6.5, 8, 9.5, 11];
    const pts = rates.map((rps) => ({ rps, latencyS: eq1(rps, 2, 0.07) * (1 + 0.05 * rng.normal()) }));
    for (const loss of ['absolute', 'relative'] as const) {
      const fit = fitEq1(pts, { loss });
      const w = (l: number) => (loss === 'relative' ? 1 / l : 1);
      const sse = (c1: number, c2: number) => pts.reduce((s, p) => s + (w(p.latencyS) * (eq1(p.rps, c1, c2) - p.latencyS)) ** 2, 0);
      const best = sse(fit.c1, fit.c2);
      let gridMin = Infinity;
      for (let i = -50; i <= 50; i++) {
        for (let j = -50; j <= 50; j++) {
          const c1 = fit.c1 * (1 + i * 2e-4);
          const c2 = fit.c2 * (1 + j * 2e-4);
          if (c2 * 11 < 1) gridMin = Math.min(gridMin, sse(c1, c2));
        }
      }
      expect(best).toBeLessThanOrEqual(gridMin * (1 + 1e-12));
      // A coarse global grid finds no better basin either.
      for (let c1 = 0.5; c1 <= 4; c1 += 0.05) {
        for (let c2 = 0; c2 * 11 < 1; c2 += 0.001) expect(sse(c1, c2)).toBeGreaterThanOrEqual(best);
      }
    }
  });

  it('recovers known coefficients within 4 asymptotic standard errors of each loss, over 40 seeds', () => {
    // L_i = C1 / (1 - r_i C2) * (1 + 0.03 z_i). Least squares with residual weights w_i (1: absolute,
    // 1 / L_i: relative) has the sandwich covariance (J^T W J)^-1 J^T W S W J (J^T W J)^-1, W = diag(w^2),
    // S = diag((0.03 L_i)^2), J the analytic Jacobian. The test computes it independently and checks each
    // estimate's error, and that the z-scores have RMS near 1 (no bias).
    const c1 = 1.5;
    const c2 = 0.06;
    const rates = [0.6, 2, 4, 6, 8, 10, 12, 13.5, 14.5];
    const noise = 0.03;
    const J = rates.map((r) => [1 / (1 - r * c2), (c1 * r) / (1 - r * c2) ** 2]);
    const s2 = rates.map((r) => (noise * eq1(r, c1, c2)) ** 2);
    const sum2 = (f: (row: number[], i: number) => number, p: number, q: number) => J.reduce((s, row, i) => s + row[p] * row[q] * f(row, i), 0);
    const mul = (x: number[][], y: number[][]) => x.map((row) => [0, 1].map((q) => row[0] * y[0][q] + row[1] * y[1][q]));
    for (const loss of ['absolute', 'relative'] as const) {
      const w2 = rates.map((r) => (loss === 'relative' ? 1 / eq1(r, c1, c2) ** 2 : 1));
      const a = [0, 1].map((p) => [0, 1].map((q) => sum2((_, i) => w2[i], p, q)));
      const det = a[0][0] * a[1][1] - a[0][1] ** 2;
      const inv = [[a[1][1] / det, -a[0][1] / det], [-a[0][1] / det, a[0][0] / det]];
      const meat = [0, 1].map((p) => [0, 1].map((q) => sum2((_, i) => w2[i] ** 2 * s2[i], p, q)));
      const cov = mul(mul(inv, meat), inv);
      const se = [Math.sqrt(cov[0][0]), Math.sqrt(cov[1][1])];
      const z: number[][] = [];
      for (let seed = 1; seed <= 40; seed++) {
        const fit = fitEq1(eq1Rows(c1, c2, rates, createRng(seed), noise), { loss });
        expect(fit.converged).toBe(true);
        z.push([(fit.c1 - c1) / se[0], (fit.c2 - c2) / se[1]]);
      }
      for (const [z1, z2] of z) {
        expect(Math.abs(z1)).toBeLessThan(4);
        expect(Math.abs(z2)).toBeLessThan(4);
      }
      const rms = (k: number) => Math.sqrt(z.reduce((s, v) => s + v[k] ** 2, 0) / z.length);
      for (const k of [0, 1]) {
        expect(rms(k)).toBeGreaterThan(0.6);
        expect(rms(k)).toBeLessThan(1.5);
      }
    }
  });

  it('recovers C1 and C2 within 1.5% at 1% multiplicative noise (the paper sweep: sync + 9 rates to 90% of saturation), 10 seeds x 3 systems', () => {
    // Design: one synchronous run and 9 evenly spaced rates at 10%..90% of 1/C2. Asymptotic relative
    // standard errors at 1% noise (relative loss): C1 0.39%, C2 0.12% (numpy, sigma^2 (J^T W J)^-1), so
    // 1.5% is about 3.8 standard errors of C1.
    const systems = [
      { c1: 0.35, c2: 0.004 },
      { c1: 1.5, c2: 0.06 },
      { c1: 12, c2: 0.9 },
    ];
    for (const { c1, c2 } of systems) {
      for (let seed = 1; seed <= 10; seed++) {
        const rng = createRng(100 + seed);
        const sync = { concurrency: 1, latencyS: (c1 + c2) * (1 + 0.01 * rng.normal()) };
        const open = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((u) => ({ rps: u / c2, latencyS: (c1 / (1 - u)) * (1 + 0.01 * rng.normal()) }));
        const fit = fitEq1([sync, ...open]);
        expect(fit.converged).toBe(true);
        expect(Math.abs(fit.c1 / c1 - 1)).toBeLessThan(0.015);
        expect(Math.abs(fit.c2 / c2 - 1)).toBeLessThan(0.015);
      }
    }
  });

  it('never saturates before the largest used rate, even when the data explode there', () => {
    const pts = [1, 2, 3, 4].map((rps, i) => ({ rps, latencyS: [1, 1.05, 1.1, 50][i] }));
    const fit = fitEq1(pts);
    expect(fit.c2 * 4).toBeLessThan(1);
    expect(fit.points.every((p) => Number.isFinite(p.predictedS))).toBe(true);
  });

  it('holds C2 at 0 when latency falls with load, and says so', () => {
    const pts = [1, 2, 3, 4].map((rps) => ({ rps, latencyS: 2 - 0.1 * rps }));
    expect(fitEq1(pts, { loss: 'absolute' }).c1).toBeCloseTo(1.75, 9); // the mean latency
    const fit = fitEq1(pts);
    expect(fit.c2).toBe(0);
    // relative loss: the C1 minimising sum ((C1 - L) / L)^2, sum(1/L) / sum(1/L^2)
    const L = pts.map((p) => p.latencyS);
    expect(fit.c1).toBeCloseTo(L.reduce((s, l) => s + 1 / l, 0) / L.reduce((s, l) => s + 1 / l ** 2, 0), 9);
    expect(fit.warnings).toContain('c2 held at 0 (no load dependence found)');
    expect(fit.saturationRps).toBe(Infinity);
  });

  it('warns when tidy rows of several configurations are fitted together', () => {
    const rows = [...eq1Rows(1, 0.1, [1, 2, 3], createRng(1), 0.01), ...eq1Rows(1, 0.1, [4, 5, 6], createRng(2), 0.01, { k: 2, alpha: 0.5 })];
    expect(fitEq1(rows).warnings).toContain('rows span 2 configurations (CONFIG_KEYS): one C1, C2 was fitted to all (use fitGroups for one fit each)');
    expect(fitEq1(rows.slice(0, 3)).warnings).toEqual([]);
  });

  it('uses every valid tidy row when exclusion is off', () => {
    const fit = fitEq1(realSweepRows(), { exclusion: false });
    expect(fit.nPoints).toBe(9);
    expect(fit.excluded).toEqual([{ index: 1, source: 'real.json#[1]', reason: expect.stringMatching(/^throughput strategy/) }]);
  });

  it('reports excluded plain points and refuses too few or degenerate points', () => {
    expect(() => fitEq1([{ rps: 1, latencyS: 1 }, { rps: 2, latencyS: 1.2 }])).toThrow(
      'fitEq1 requires at least 3 points, got 2 usable of 2 (0 excluded)',
    );
    expect(() => fitEq1([{ rps: 1, latencyS: 1 }, { rps: 1, latencyS: 1.1 }, { rps: 1, latencyS: 1.2 }])).toThrow(
      'fitEq1 requires at least 2 distinct load levels',
    );
    const rows = [tidyRow({ strategy: 'throughput' }), tidyRow({ strategy: 'throughput' })];
    expect(() => fitEq1(rows)).toThrow(/^fitEq1 requires at least one usable point: all 2 points were excluded \(first reason: throughput/);
    const fit = fitEq1([
      { rps: 1, latencyS: 1.1 },
      { rps: 2, latencyS: -1 },
      { rps: 3, latencyS: 1.4 },
      { rps: 4, latencyS: 1.7 },
    ]);
    expect(fit.excluded).toEqual([{ index: 1, source: '', reason: 'invalid latencyS -1' }]);
    expect(() => fitEq1('x' as never)).toThrow('fitEq1 requires an array');
    expect(() => fitEq1([{ latencyS: 1 } as never, { rps: 1, latencyS: 1 }])).toThrow('fitEq1 requires each point to have rps or concurrency');
    expect(() => fitEq1([{ rps: 1, latencyS: 1 }], { loss: 'log' as never })).toThrow(`fitEq1 requires loss 'relative' or 'absolute', got "log"`);
  });

  it('reports or throws on non-convergence', () => {
    const pts = [0.7, 2, 3.5, 5, 6.5].map((rps) => ({ rps, latencyS: eq1(rps, 2, 0.07) * (1 + 0.01 * Math.sin(rps * 7)) }));
    expect(() => fitEq1(pts, { gradientTolerance: -1 })).toThrow(/^fitEq1 did not converge/);
    expect(fitEq1(pts, { gradientTolerance: -1, requireConvergence: false }).converged).toBe(false);
  });
});
