import { describe, expect, it } from 'vitest';
import { sdCoefficientRows } from '../../../lib/paper/shared/sd-coefficient-rows.js';
import { entry, failedEntry } from '../group-fit-factory.js';

const six = { c1_p: 0.05, c1_v: 0.01, c1_d: 0.001, c2_p: 0.02, c2_v: 0.0005, c2_d: 0.0001 };
const interval = (lower: number, upper: number) => ({ lower, upper, median: (lower + upper) / 2, se: 0 });

describe('sdCoefficientRows', () => {
  const key = { verifier: 'Qwen3-8B', drafter: 'E', hardware: 'A100', prefill_tokens: 512, decode_tokens: 128 };
  const fits = [entry(key, { ...six, r2: 0.98, mape: 0.0467, nPoints: 384 }), failedEntry({ ...key, verifier: 'X' }), entry({ ...key, verifier: 'Y' }, { ...six, r2: 0.9, mape: 0.1, nPoints: 10 })];

  it('copies the six coefficients, R², MAPE in percent and points, labelled by system', () => {
    const rows = sdCoefficientRows(fits as never, null, ' (simulated)');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ system: 'Qwen3-8B + E, A100, 512/128 (simulated)', ...six, r2: 0.98, n: 384 });
    expect(rows[0].mapePct).toBeCloseTo(4.67, 12);
    expect('c1_p_lo' in rows[0]).toBe(false);
  });

  it('adds the bootstrap bounds, empty where a bootstrap failed', () => {
    const intervals = { c1_p: interval(0.04, 0.06), c1_v: interval(1, 2), c1_d: interval(1, 2), c2_p: interval(1, 2), c2_v: interval(1, 2), c2_d: interval(0.00009, 0.00011) };
    const boots = [
      { label: 'a', result: { estimate: {}, intervals, samples: {}, nBoot: 10, nFailed: 0, level: 0.95 }, error: null },
      { label: 'x', result: null, error: 'no fit' },
      { label: 'y', result: null, error: 'too many failures' },
    ];
    const rows = sdCoefficientRows(fits as never, boots);
    expect(rows[0]).toMatchObject({ c1_p_lo: 0.04, c1_p_hi: 0.06, c2_d_lo: 0.00009, c2_d_hi: 0.00011 });
    expect(rows[1]).toMatchObject({ c1_p_lo: null, c2_d_hi: null });
    expect(() => sdCoefficientRows(fits as never, boots.slice(1))).toThrow('sdCoefficientRows requires one bootstrap entry per fit (3), got 2');
  });
});
