import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** One public step-time measurement and the simulator's value for the same batch. */
export interface ExternalAgreementTableRow {
  /** Where the measurement comes from, e.g. 'vLLM PR #5691 (A100, Llama-7B, MQA scorer)'. */
  source: string;
  /** Requests in the batch. */
  batchSize: number;
  /** Published step time (ms), > 0. */
  measuredMs: number;
  /** Simulated step time (ms). */
  simulatedMs: number;
  /**
   * The simulator's step time before any per-source adjustment (ms), when the simulated value
   * adds one (e.g. a software offset anchored at one row): shown with its own ratio.
   */
  rooflineMs?: number | null;
}

/**
 * Table of agreement between the simulator and public measurements: source, batch size,
 * measured and simulated step time (ms) and their ratio simulated / measured; when any row gives
 * `rooflineMs`, also the unadjusted simulator time (ms) and its ratio. Sorted by source, then
 * batch size.
 *
 * @param rows one row per (source, batch size)
 * @param options dataLabel (required; name the simulator), id, caption
 * @returns the table (id 'tab-external-agreement' by default)
 * @throws {Error} `externalAgreementTable requires ...` for empty or malformed rows or measuredMs <= 0
 * @example
 * externalAgreementTable([{ source: 'vLLM PR #5691', batchSize: 4, measuredMs: 13.7, simulatedMs: 13.0 }], { dataLabel: 'simulator' }).rows[0].ratio; // 0.9489...
 */
export function externalAgreementTable(rows: readonly ExternalAgreementTableRow[], options: TableOptions): TableSpec {
  const fn = 'externalAgreementTable';
  const o = resolveTableOptions(fn, options, 'tab-external-agreement');
  checkInputRows(fn, 'rows', rows, { strings: ['source'], numbers: ['batchSize', 'measuredMs', 'simulatedMs'], optionalNumbers: ['rooflineMs'] });
  rows.forEach((r, i) => {
    if (!(r.measuredMs > 0)) throw new Error(`${fn} requires rows[${i}].measuredMs > 0`);
  });
  const withRoofline = rows.some((r) => typeof r.rooflineMs === 'number');
  return {
    id: o.id,
    caption:
      o.caption ??
      `Step time of ${o.dataLabel} against public measurements (${[...new Set(rows.map((r) => r.source))].length} source(s)); ` +
        'ratio = simulated / measured.',
    columns: [
      { key: 'source', label: 'source' },
      { key: 'batch_size', label: 'batch size', unit: 'requests', digits: 0 },
      { key: 'measured_ms', label: 'measured', unit: 'ms', digits: 2 },
      { key: 'simulated_ms', label: 'simulated', unit: 'ms', digits: 2 },
      { key: 'ratio', label: 'simulated / measured', digits: 3 },
      ...(withRoofline
        ? [
            { key: 'roofline_ms', label: 'unadjusted', unit: 'ms', digits: 2 },
            { key: 'roofline_ratio', label: 'unadjusted / measured', digits: 3 },
          ]
        : []),
    ],
    rows: [...rows]
      .sort((a, b) => naturalCompare(a.source, b.source) || a.batchSize - b.batchSize)
      .map((r) => ({
        source: r.source,
        batch_size: r.batchSize,
        measured_ms: r.measuredMs,
        simulated_ms: r.simulatedMs,
        ratio: r.simulatedMs / r.measuredMs,
        ...(withRoofline
          ? {
              roofline_ms: typeof r.rooflineMs === 'number' ? r.rooflineMs : null,
              roofline_ratio: typeof r.rooflineMs === 'number' ? r.rooflineMs / r.measuredMs : null,
            }
          : {}),
      })),
  };
}
