import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { externalAgreementTable } from '../../../lib/paper/reality-check/external-agreement-table.js';
import type { AgreementRow } from '../../../lib/sim/calibration/external-agreement.js';
import { agreementRow as row } from './agreement-row-factory.js';

const ROWS = [row('vllm-pr5691', 'verify', 8, 256, 5, 14.8, 10.9, 4.1), row('vllm-pr5691', 'verify', 4, 256, 5, 13.7, 9.6, 4.1), row('specdecode-bench', 'decode', 1, 256, 0, 5.95, 6, 0)];

describe('externalAgreementTable', () => {
  it('keeps every row in its order with source, pass, batch, context, k, the times and both ratios', () => {
    const table = externalAgreementTable(ROWS, { dataLabel: 'the simulator' });
    checkTableSpec(table, 'test');
    expect(table.id).toBe('tab-external-agreement');
    expect(table.columns.map((c) => [c.key, c.unit ?? ''])).toEqual([
      ['source', ''], ['pass', ''], ['batch', ''], ['context_tokens', 'tokens'], ['k', ''],
      ['measured_ms', 'ms'], ['roofline_ms', 'ms'], ['offset_ms', 'ms'], ['simulated_ms', 'ms'], ['ratio', ''], ['roofline_ratio', ''],
    ]);
    expect(table.rows.map((r) => r.batch)).toEqual([8, 4, 1]);
    expect(table.rows[1]).toEqual(ROWS[1]);
    expect(table.rows[1]).not.toBe(ROWS[1]);
    expect(table.caption).toBe('Step time of the simulator against public measurements (2 source(s)): ratio = simulated / measured, roofline ratio = roofline / measured.');
  });

  it('adds the engine column after the roofline when the rows carry engine_ms', () => {
    const table = externalAgreementTable([{ ...ROWS[2], engine_ms: 0.5 } as AgreementRow], { dataLabel: 'd', id: 'x', caption: 'c' });
    expect(table.columns.map((c) => c.key).slice(5, 9)).toEqual(['measured_ms', 'roofline_ms', 'engine_ms', 'offset_ms']);
    expect(table.rows[0].engine_ms).toBe(0.5);
    expect([table.id, table.caption]).toEqual(['x', 'c']);
  });

  it('rejects no rows, a missing number and a zero measurement', () => {
    expect(() => externalAgreementTable([], { dataLabel: 'd' })).toThrow('externalAgreementTable requires a non-empty array of agreement rows');
    expect(() => externalAgreementTable([{ ...ROWS[0], ratio: NaN }], { dataLabel: 'd' })).toThrow('externalAgreementTable requires rows[0].ratio to be a finite number');
    expect(() => externalAgreementTable([{ ...ROWS[0], measured_ms: 0 }], { dataLabel: 'd' })).toThrow('externalAgreementTable requires rows[0].measured_ms > 0');
  });

  it("gives scripts/calibrate-sim.ts the table it writes: the same rows rebuild data/external-agreement.json", () => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../data/external-agreement.json'), 'utf8'));
    expect(externalAgreementTable(file.rows, { dataLabel: 'the simulator', id: file.id, caption: file.caption })).toEqual(file);
  });
});
