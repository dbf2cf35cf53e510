import { describe, expect, it } from 'vitest';
import { tailFits } from '../../../lib/paper/tails/tail-fits.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { configKey, entry, failedEntry, openPoint } from '../group-fit-factory.js';

describe('tailFits', () => {
  // Mean model C1 = 1, C2 = 0.1; p95 exactly 1.2 x the mean model, p99 an Eq. 1 curve of its own (C1 1.5, C2 0.12).
  const rates = [1, 2, 3, 4, 5];
  const mean = (r: number) => 1 / (1 - 0.1 * r);
  const rows = rates.map((r) => tidyRow({ measured_rps: r, mean_latency_s: mean(r), p95_latency_s: 1.2 * mean(r), p99_latency_s: 1.5 / (1 - 0.12 * r) }));
  const fits = [entry(configKey({ verifier: 'A' }), { points: rates.map((r, i) => openPoint(i, r, mean(r), mean(r))) }), failedEntry(configKey())];

  it('refits Eq. 1 to each statistic, scales the mean model by least squares and scores it unchanged', () => {
    const [p95, p99] = tailFits(rows, fits);
    expect(p95.statistic).toBe('p95');
    expect(p95.n).toBe(5);
    expect(p95.scaled.factor).toBeCloseTo(1.2, 12);
    expect(p95.scaled.r2).toBeCloseTo(1, 12);
    expect(p95.scaled.mapePct).toBeCloseTo(0, 9);
    expect(p95.refit!.c1).toBeCloseTo(1.2, 6);
    expect(p95.refit!.c2).toBeCloseTo(0.1, 6);
    // unchanged, the mean model is 1/1.2 of every value: MAPE = 1 - 1/1.2
    expect(p95.unscaled.mapePct).toBeCloseTo((1 - 1 / 1.2) * 100, 9);
    expect(p99.refit!.c1).toBeCloseTo(1.5, 6);
    expect(p99.refit!.c2).toBeCloseTo(0.12, 6);
    expect(p99.refit!.r2).toBeCloseTo(1, 9);
    expect(p99.scaled.r2).toBeLessThan(1);
  });

  it('scales and refits by the chosen loss (relative by default, absolute on request)', () => {
    // p95 = mean model x (1.1, 1.3, 1.1, 1.3, 1.1): the best factor differs between the losses.
    const f = [1.1, 1.3, 1.1, 1.3, 1.1];
    const noisy = rows.map((r, i) => ({ ...r, p95_latency_s: f[i] * mean(rates[i]) }));
    const [rel] = tailFits(noisy, fits, ['p95']);
    const [abs] = tailFits(noisy, fits, ['p95'], { loss: 'absolute' });
    // relative: sum(1/f) / sum(1/f^2); absolute: sum(f m^2) / sum(m^2), m the mean model
    expect(rel.scaled.factor).toBeCloseTo(f.reduce((s, v) => s + 1 / v, 0) / f.reduce((s, v) => s + 1 / v ** 2, 0), 12);
    const m = rates.map(mean);
    expect(abs.scaled.factor).toBeCloseTo(f.reduce((s, v, i) => s + v * m[i] ** 2, 0) / m.reduce((s, v) => s + v * v, 0), 12);
    expect(rel.refit!.c1).not.toBeCloseTo(abs.refit!.c1, 6);
    expect(() => tailFits(rows, fits, ['p95'], { loss: 'l1' as never })).toThrow(`tailFits requires loss 'relative' or 'absolute', got "l1"`);
  });

  it('skips statistics with fewer than 3 values and rejects unknown statistics', () => {
    const sparse = rows.map((r, i) => ({ ...r, p99_latency_s: i < 2 ? r.p99_latency_s : null }));
    expect(tailFits(sparse, fits).map((t) => t.statistic)).toEqual(['p95']);
    expect(tailFits(rows, fits, ['p50'])).toEqual([]);
    expect(() => tailFits(rows, fits, ['p90' as never])).toThrow('tailFits requires statistics among p50, p95, p99, got p90');
  });
});
