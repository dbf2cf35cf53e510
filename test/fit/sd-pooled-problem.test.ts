import { describe, expect, it } from 'vitest';
import { sdPooledArrays } from '../../lib/fit/sd-pooled-problem.js';
import { sdSettingOfRow } from '../../lib/fit/sd-setting-of-row.js';
import { tidyRow } from './tidy-row-factory.js';

describe('sdPooledArrays', () => {
  it('gives every point its own row setting, however the settings interleave, sharing one object per setting', () => {
    const a = { k: 3, alpha: 0.7, drafter: 'D' };
    const b = { k: 3, alpha: 0.8, drafter: 'D' };
    const measured = { k: 2, alpha: null, drafter: 'D', acceptance_length: 2.5 };
    const rows = [a, a, b, a, { k: 0 }, measured, b, { ...a, decode_tokens: 256 }, { ...a, strategy: 'throughput' as const }, { ...measured, acceptance_length: 9 }].map((o, i) =>
      tidyRow({ ...o, measured_rps: 1 + i, source: `r${i}` }),
    );
    const { arrays, excluded } = sdPooledArrays(rows, rows.map((_, i) => i), 'acceptance_length');
    expect(excluded.map((e) => e.index)).toEqual([8, 9]); // a burst, and a measured E above k + 1
    expect(Array.from(arrays.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (let p = 0; p < arrays.n; p++) {
      const s = sdSettingOfRow(rows[arrays.index[p]]);
      expect(arrays.setting[p]).toEqual(s);
      if (typeof s === 'string') continue;
      expect(arrays.f1[p]).toBeCloseTo(s.decodeTokens / s.expectedTokens, 12);
      expect(arrays.f2[p]).toBeCloseTo((s.k * s.decodeTokens) / s.expectedTokens, 12);
      expect(arrays.x[p]).toBe(rows[arrays.index[p]].measured_rps);
    }
    expect(arrays.setting[0]).toBe(arrays.setting[3]); // a, a: one object
    expect(arrays.setting[2]).toBe(arrays.setting[6]);
    expect(arrays.setting[0]).not.toBe(arrays.setting[2]);
  });
});
