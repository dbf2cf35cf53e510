import { describe, expect, it } from 'vitest';
import { distributionSummary } from '../../../../lib/data/formats/guidellm/distribution-summary.js';

describe('distributionSummary', () => {
  it('reproduces a GuideLLM 0.5 summary of four values (dkorat concurrent-4 sample: prompt tokens 81, 133, 106, 76)', () => {
    const d = distributionSummary([81, 133, 106, 76]);
    expect(d.mean).toBe(99);
    expect(d.variance).toBe(514.5); // population variance
    expect(d.std_dev).toBeCloseTo(22.68259244442751, 12);
    expect(d.median).toBe(81);
    expect(d.mode).toBe(76); // all weights tie: the smallest value
    expect([d.min, d.max, d.count, d.total_sum]).toEqual([76, 133, 4, 396]);
    expect(d.percentiles).toEqual({ p001: 76, p01: 76, p05: 76, p10: 76, p25: 76, p50: 81, p75: 106, p90: 133, p95: 133, p99: 133, p999: 133 });
    expect(d.pdf).toBeNull();
  });

  it('weights samples: the mean, count and percentiles of repeated values', () => {
    // value 1 with weight 3 and value 5 with weight 1 is the sample [1, 1, 1, 5]
    const w = distributionSummary([5, 1], [1, 3]);
    const rep = distributionSummary([1, 1, 1, 5]);
    expect(w).toEqual(rep);
    expect(w.mean).toBe(2);
    expect(w.count).toBe(4);
    expect(w.total_sum).toBe(8);
    expect(w.variance).toBe(3);
    expect(w.percentiles.p75).toBe(1);
    expect(w.percentiles.p90).toBe(5);
    expect(w.mode).toBe(1);
  });

  it('takes the first value whose cumulative share reaches p (no interpolation)', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    const d = distributionSummary(values.reverse());
    expect(d.percentiles.p001).toBe(0); // 1/101 >= 0.001
    expect(d.percentiles.p01).toBe(1); // 1/101 < 0.01 <= 2/101
    expect(d.percentiles.p50).toBe(50);
    expect(d.percentiles.p99).toBe(99);
    expect(d.percentiles.p999).toBe(100);
  });

  it('gives zeros for no samples (or zero total weight) and rejects bad weights', () => {
    for (const d of [distributionSummary([]), distributionSummary([3], [0])]) {
      expect(d.mean).toBe(0);
      expect(d.count).toBe(0);
      expect(d.percentiles.p50).toBe(0);
    }
    expect(() => distributionSummary([1, 2], [1])).toThrow(/as many weights/);
    expect(() => distributionSummary([1], [-1])).toThrow(/weights >= 0/);
  });
});
