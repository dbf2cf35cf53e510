import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { externalAgreementTable } from '../../../lib/paper/reality-check/external-agreement-table.js';

describe('externalAgreementTable', () => {
  const table = externalAgreementTable(
    [
      { source: 'vLLM PR #5691', batchSize: 8, measuredMs: 14.8, simulatedMs: 14.8 },
      { source: 'vLLM PR #5691', batchSize: 4, measuredMs: 13.7, simulatedMs: 12.33 },
      { source: 'MagicDec', batchSize: 32, measuredMs: 16.53, simulatedMs: 18 },
    ],
    { dataLabel: 'simulator v1' },
  );

  it('gives measured and simulated ms and their ratio, sorted by source and batch', () => {
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => [c.key, c.unit])).toEqual([
      ['source', undefined],
      ['batch_size', 'requests'],
      ['measured_ms', 'ms'],
      ['simulated_ms', 'ms'],
      ['ratio', undefined],
    ]);
    expect(table.rows.map((r) => [r.source, r.batch_size])).toEqual([
      ['MagicDec', 32],
      ['vLLM PR #5691', 4],
      ['vLLM PR #5691', 8],
    ]);
    expect(table.rows[1].ratio).toBeCloseTo(0.9, 12);
    expect(table.rows[2].ratio).toBe(1);
    expect(table.caption).toContain('simulator v1');
    expect(table.caption).toContain('2 source(s)');
  });

  it('rejects a zero measurement', () => {
    expect(() => externalAgreementTable([{ source: 's', batchSize: 1, measuredMs: 0, simulatedMs: 1 }], { dataLabel: 'd' })).toThrow(
      'externalAgreementTable requires rows[0].measuredMs > 0',
    );
  });
});

describe('externalAgreementTable with the unadjusted simulator time', () => {
  it('adds the unadjusted time and its ratio only when a row gives it', () => {
    const table = externalAgreementTable(
      [
        { source: 's', batchSize: 4, measuredMs: 13.7, simulatedMs: 13.7, rooflineMs: 9.6 },
        { source: 's', batchSize: 8, measuredMs: 20, simulatedMs: 22 },
      ],
      { dataLabel: 'd' },
    );
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => c.key).slice(-2)).toEqual(['roofline_ms', 'roofline_ratio']);
    expect(table.rows[0].roofline_ratio).toBeCloseTo(9.6 / 13.7, 12);
    expect(table.rows[1].roofline_ms).toBeNull();
    expect(table.rows[1].roofline_ratio).toBeNull();
  });
});
