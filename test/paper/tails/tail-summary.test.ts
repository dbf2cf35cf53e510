import { describe, expect, it } from 'vitest';
import { tailSummary } from '../../../lib/paper/tails/tail-summary.js';
import type { TailFit } from '../../../lib/paper/tails/tail-fits.js';

const tail = (verifier: string, statistic: 'p95' | 'p99', r2: number, factor: number, refit = true): TailFit => ({
  key: { verifier },
  label: verifier,
  statistic,
  n: 8,
  refit: refit ? { c1: 1, c2: 0.1, r2, mapePct: (1 - r2) * 100 } : null,
  refitError: refit ? null : 'failed',
  scaled: { factor, r2: r2 - 0.01, mapePct: 2 },
  unscaled: { r2: 0.5, mapePct: 10 },
});

describe('tailSummary', () => {
  it('gives median R² and MAPE per statistic, method and verifier, and sentences', () => {
    const s = tailSummary([tail('A', 'p95', 0.99, 1.1), tail('A', 'p95', 0.97, 1.3), tail('B', 'p95', 0.9, 1.2, false), tail('A', 'p99', 0.95, 1.5)]);
    expect(s.rows.map((r) => `${r.figure} | ${r.model}`)).toEqual([
      'p95: Eq. 1 refitted to the statistic | A (2 configurations)',
      'p95: mean model × one factor per configuration | A (2 configurations)',
      'p95: mean model × one factor per configuration | B (1 configurations)',
      'p95: mean model unchanged | A (2 configurations)',
      'p95: mean model unchanged | B (1 configurations)',
      'p99: Eq. 1 refitted to the statistic | A (1 configurations)',
      'p99: mean model × one factor per configuration | A (1 configurations)',
      'p99: mean model unchanged | A (1 configurations)',
    ]);
    expect(s.rows[0].r2).toBeCloseTo(0.98, 12);
    expect(s.rows[0].mapePct).toBeCloseTo(2, 9);
    expect(s.rows[0].n).toBe(16);
    const lines = s.text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('**p95** (3 configurations)');
    expect(lines[0]).toContain('The factor p95 / mean model has median 1.2 (range 1.1–1.3); 1 refits failed.');
  });

  it('rejects no fits', () => {
    expect(() => tailSummary([])).toThrow('tailSummary requires a non-empty array of tail fits');
  });
});
