import { describe, expect, it } from 'vitest';
import { tailReading } from '../../../lib/paper/tails/tail-reading.js';
import { tailFits } from '../../../lib/paper/tails/tail-fits.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { configKey, entry, openPoint } from '../group-fit-factory.js';

describe('tailReading', () => {
  // Mean model 1 / (1 − 0.1 r); p95 exactly 1.2 × the mean; p99 1.5 × the mean but 40% higher at the top rate.
  const rates = [1, 2, 3, 4, 5];
  const mean = (r: number) => 1 / (1 - 0.1 * r);
  const rows = rates.map((r, i) =>
    tidyRow({ measured_rps: r, mean_latency_s: mean(r), p95_latency_s: 1.2 * mean(r), p99_latency_s: (i === 4 ? 2.1 : 1.5) * mean(r), completed: 40 + 10 * i }),
  );
  const fits = [entry(configKey({ verifier: 'A' }), { points: rates.map((r, i) => openPoint(i, r, mean(r), mean(r))) })];
  const tails = tailFits(rows, fits, ['p95', 'p99']);

  it('measures the factor, the scaled and refitted errors, the top-load departure and the lowest-rate window', () => {
    const r = tailReading(rows, fits, tails, { statistics: ['p95', 'p99'], minR2: 0.97 });
    const [p95, p99] = r.statistics;
    expect(p95.factor).toBeCloseTo(1.2, 12);
    expect(p95.scaledMapePct).toBeCloseTo(0, 9);
    expect(p95.highLoadExcessPct).toBeCloseTo(0, 9);
    expect(p99.factor).toBeGreaterThan(1.5);
    // the top point is 2.1 / (1.5-ish factor) above the scaled model
    expect(p99.highLoadExcessPct).toBeCloseTo((2.1 / p99.factor - 1) * 100, 9);
    expect(p99.highLoadExcessPct).toBeGreaterThan(p99.scaledMapePct);
    expect(r.lowRateRequestsMedian).toBe(40);
    expect(r.text).toContain('Read unchanged, the mean model understates p95 and p99 (median factor measured / mean model 1.2 at p95');
    expect(r.text).toContain('furthest off at p99');
    expect(r.text).toContain('the tail rises faster than the mean near the pole at p99 only');
    expect(r.text).toContain('holds a median of 40 successful requests (fewest 40), so a p99 there rests on the slowest 1 request(s) of the window.');
  });

  it('says when the scaled model reaches the bar everywhere, and requires a fit of each statistic', () => {
    const r = tailReading(rows, fits, tails.filter((t) => t.statistic === 'p95'), { statistics: ['p95'], minR2: 0.97 });
    expect(r.text).toContain('The scaled model reaches a median R² ≥ 0.97 at every statistic');
    expect(r.text).toContain('no clear sign that the tails bend away from the mean');
    expect(() => tailReading(rows, fits, tails, { statistics: ['p50'], minR2: 0.97 })).toThrow('tailReading requires tail fits of p50');
  });
});
