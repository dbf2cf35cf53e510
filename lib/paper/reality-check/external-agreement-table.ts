import type { AgreementRow } from '../../sim/calibration/external-agreement.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableColumn, TableSpec } from '../../table/table-spec.js';

const NUMBERS = ['batch', 'context_tokens', 'k', 'measured_ms', 'roofline_ms', 'offset_ms', 'simulated_ms', 'ratio', 'roofline_ratio'] as const;

/**
 * The simulator's step cost against public step timings as a table, one row per compared pass
 * (buildExternalAgreement rows, in their order, every field kept): source, pass, batch, context
 * (tokens), k, measured, roofline, offset and simulated time (ms), ratio simulated / measured and
 * roofline / measured. When the rows carry `engine_ms` (the calibrated engine's CPU time per
 * speculative step), an 'engine' column follows the roofline. The same rows give the same table
 * for notebook 09 and for scripts/calibrate-sim.ts (data/external-agreement.*, with
 * `{ id: 'external-agreement', caption }`).
 *
 * @param rows buildExternalAgreement output
 * @param options dataLabel (required; name the simulator), id, caption
 * @returns the table (id 'tab-external-agreement' by default)
 * @throws {Error} `externalAgreementTable requires ...` for no rows, a row without its source and
 *   pass or numbers, or measured_ms <= 0
 * @example
 * writeTable(externalAgreementTable(rows, { dataLabel: 'the calibrated simulator', id: 'external-agreement', caption }), { outDir: 'data' });
 */
export function externalAgreementTable(rows: readonly AgreementRow[], options: TableOptions): TableSpec {
  const fn = 'externalAgreementTable';
  const o = resolveTableOptions(fn, options, 'tab-external-agreement');
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${fn} requires a non-empty array of agreement rows`);
  rows.forEach((r, i) => {
    if (typeof r?.source !== 'string' || typeof r.pass !== 'string') throw new Error(`${fn} requires rows[${i}] with a source and a pass`);
    for (const key of NUMBERS) {
      if (typeof r[key] !== 'number' || !Number.isFinite(r[key])) throw new Error(`${fn} requires rows[${i}].${key} to be a finite number`);
    }
    if (!(r.measured_ms > 0)) throw new Error(`${fn} requires rows[${i}].measured_ms > 0`);
  });
  const withEngine = rows.some((r) => typeof (r as { engine_ms?: unknown }).engine_ms === 'number');
  const columns: TableColumn[] = [
    { key: 'source', label: 'source' },
    { key: 'pass', label: 'pass' },
    { key: 'batch', label: 'batch' },
    { key: 'context_tokens', label: 'context', unit: 'tokens' },
    { key: 'k', label: 'k' },
    { key: 'measured_ms', label: 'measured', unit: 'ms', digits: 2 },
    { key: 'roofline_ms', label: 'roofline', unit: 'ms', digits: 2 },
    ...(withEngine ? [{ key: 'engine_ms', label: 'engine', unit: 'ms', digits: 2 }] : []),
    { key: 'offset_ms', label: 'offset', unit: 'ms', digits: 2 },
    { key: 'simulated_ms', label: 'simulated', unit: 'ms', digits: 2 },
    { key: 'ratio', label: 'ratio', digits: 3 },
    { key: 'roofline_ratio', label: 'roofline ratio', digits: 3 },
  ];
  return {
    id: o.id,
    caption:
      o.caption ??
      `Step time of ${o.dataLabel} against public measurements (${new Set(rows.map((r) => r.source)).size} source(s)): ` +
        'ratio = simulated / measured, roofline ratio = roofline / measured.',
    columns,
    rows: rows.map((r) => ({ ...r })),
  };
}
