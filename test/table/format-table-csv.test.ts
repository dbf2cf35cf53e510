import { describe, expect, it } from 'vitest';
import { formatTableCsv } from '../../lib/table/format-table-csv.js';
import type { TableSpec } from '../../lib/table/table-spec.js';

const table: TableSpec = {
  id: 'tab01-coefficients',
  caption: 'Fitted coefficients',
  columns: [
    { key: 'verifier', label: 'verifier' },
    { key: 'k', label: 'k' },
    { key: 'c1', label: 'C1', unit: 's', digits: 3 },
    { key: 'rps', label: 'saturation rate', unit: 'requests/s', digits: 1 },
  ],
  rows: [
    { verifier: 'Qwen3-8B', k: 3, c1: 2.34567, rps: 12.25 },
    { verifier: 'Qwen3-0.6B, EAGLE', k: 10, c1: null, rps: Number.NaN },
    { verifier: 'say "hi"', k: 0, c1: -0.0001, rps: undefined },
  ],
};

describe('formatTableCsv', () => {
  it('writes headers with units, fixed digits, empty missing cells and RFC 4180 quoting', () => {
    expect(formatTableCsv(table)).toBe(
      [
        'verifier,k,C1 (s),saturation rate (requests/s)',
        // 12.25 is exact in binary; on a tie toFixed picks the larger digit string (ECMA-262): '12.3'.
        'Qwen3-8B,3,2.346,12.3',
        '"Qwen3-0.6B, EAGLE",10,,',
        '"say ""hi""",0,0.000,',
        '',
      ].join('\n'),
    );
  });

  it('quotes fields with line breaks and edge spaces', () => {
    const t: TableSpec = { id: 't', caption: '', columns: [{ key: 'a', label: 'a b' }], rows: [{ a: 'x\ny' }, { a: ' pad' }] };
    expect(formatTableCsv(t)).toBe('a b\n"x\ny"\n" pad"\n');
  });

  it('rejects malformed tables with the function name in the message', () => {
    expect(() => formatTableCsv({ ...table, columns: [] })).toThrow('formatTableCsv requires at least one column');
    expect(() => formatTableCsv({ ...table, id: '../evil' })).toThrow(/formatTableCsv requires an id/);
  });
});
