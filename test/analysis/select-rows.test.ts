import { describe, expect, it } from 'vitest';
import { selectRows } from '../../lib/analysis/select-rows.js';

describe('selectRows', () => {
  const rows = [
    { v: 'a', k: 1 },
    { v: 'b', k: 1 },
    { v: 'a', k: 2 },
    { v: 'a', k: 3 },
  ];
  it('keeps rows equal on every given column, arrays meaning any of', () => {
    expect(selectRows(rows, { v: 'a' })).toEqual([rows[0], rows[2], rows[3]]);
    expect(selectRows(rows, { v: 'a', k: [1, 3] })).toEqual([rows[0], rows[3]]);
    expect(selectRows(rows, {})).toHaveLength(4);
    expect(selectRows(rows, { v: 'c' })).toEqual([]);
  });
  it('rejects bad input', () => {
    expect(() => selectRows(null as unknown as object[], {})).toThrow('selectRows requires an array of rows');
    expect(() => selectRows(rows, [] as unknown as Record<string, unknown>)).toThrow('selectRows requires a where object');
  });
});
