import { describe, expect, it } from 'vitest';
import { filterRows } from '../../../lib/data/verbs/filter-rows.js';

const rows = [
  { verifier: 'A', alpha: 0.7000000000000001, hardware: 'A100-80GB', k: 0 },
  { verifier: 'B', alpha: 0.5, hardware: 'A100-80GBx4', k: 2 },
  { verifier: 'A', alpha: null, hardware: 'H100-80GB', k: 3 },
];

describe('filterRows', () => {
  it('keeps rows meeting every value, list and predicate condition', () => {
    expect(filterRows(rows, { verifier: 'A' })).toEqual([rows[0], rows[2]]);
    expect(filterRows(rows, { alpha: [0.7, 0.5] })).toEqual([rows[0], rows[1]]);
    expect(filterRows(rows, { alpha: 0.7 })).toEqual([rows[0]]);
    expect(filterRows(rows, { hardware: (h) => String(h).startsWith('A100'), k: [2, 3] })).toEqual([rows[1]]);
    expect(filterRows(rows, { alpha: null })).toEqual([rows[2]]);
    expect(filterRows(rows, {})).toEqual(rows);
  });

  it('rejects bad input', () => {
    expect(() => filterRows(null as never, {})).toThrow('filterRows requires an array of rows');
    expect(() => filterRows(rows, [] as never)).toThrow('filterRows requires where to be an object of column conditions');
  });
});
