import { describe, expect, it } from 'vitest';
import { parseExternalCsv } from '../../../lib/sim/calibration/parse-external-csv.js';

describe('parseExternalCsv', () => {
  it('turns numeric cells into numbers and keeps text', () => {
    const rows = parseExternalCsv('component,kv,const_s,note\nverify_step,3.9e-8,5.886e-3,target pass\n\n', 'x.csv');
    expect(rows).toEqual([{ component: 'verify_step', kv: 3.9e-8, const_s: 0.005886, note: 'target pass' }]);
    expect(parseExternalCsv('a,b\r\n1,\r\n', 'y.csv')).toEqual([{ a: 1, b: null }]);
  });

  it('rejects ragged rows', () => {
    expect(() => parseExternalCsv('a,b\n1,2,3\n', 'z.csv')).toThrow('parseExternalCsv: z.csv: line 2: 3 cells, header has 2');
  });
});
