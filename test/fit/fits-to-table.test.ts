import { describe, expect, it } from 'vitest';
import { fitGroups } from '../../lib/fit/fit-groups.js';
import { fitsToTable } from '../../lib/fit/fits-to-table.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';

function row(k: number, rps: number, latency: number): TidyRow {
  return {
    verifier: 'V', drafter: k === 0 ? '' : 'D', hardware: 'H', prefill_tokens: 512, decode_tokens: 128, k, alpha: k === 0 ? null : 0.8,
    strategy: 'constant', rate_rps: rps, concurrency: null, measured_rps: rps, mean_latency_s: latency, p50_latency_s: null,
    p95_latency_s: null, p99_latency_s: null, mean_ttft_ms: null, mean_itl_ms: null, mean_tpot_ms: null, mean_concurrency: null,
    completed: 100, errored: 0, source: `k${k}#${rps}`,
  };
}

describe('fitsToTable', () => {
  it('has one row per group: key columns, label, the fit scalars, excluded count and error', () => {
    // k = 1: Eq. 1 with C1 = 2 s, C2 = 0.1 s; k = 2: two points only, so its fit fails.
    const rows = [...[0.5, 1, 2, 4].map((r) => row(1, r, 2 / (1 - 0.1 * r))), row(2, 1, 1), row(2, 2, 1.2)];
    const t = fitsToTable(fitGroups(rows, { model: 'eq1' }));
    const [good, bad] = t.objects() as Record<string, unknown>[];
    expect(t.numRows()).toBe(2);
    expect(t.columnNames().slice(0, 9)).toEqual(['verifier', 'drafter', 'hardware', 'prefill_tokens', 'decode_tokens', 'k', 'alpha', 'label', 'n_rows']);
    expect(good.k).toBe(1);
    expect(good.c1 as number).toBeCloseTo(2, 6);
    expect(good.c2 as number).toBeCloseTo(0.1, 6);
    expect(good.nPoints).toBe(4);
    expect(good.n_excluded).toBe(0);
    expect(good.error).toBeNull();
    expect(bad.k).toBe(2);
    expect(bad.c1).toBeNull();
    expect(bad.error).toMatch(/^fitEq1 requires at least 3 points/);
    expect(t.columnNames()).not.toContain('residuals'); // arrays are not columns
  });

  it('checks its input', () => {
    expect(() => fitsToTable(null as unknown as [])).toThrow('fitsToTable requires an array of group fits');
    expect(fitsToTable([]).numRows()).toBe(0);
  });
});
