import type { DataFrame } from 'danfojs-node';
import type { ColumnTable } from 'arquero';

let danfo: typeof import('danfojs-node') | null = null;

/**
 * A danfojs DataFrame of tidy rows, fit tables or any table of records, for exploring results in
 * a notebook with pandas-like verbs (`df.groupby(['verifier']).col(['mean_latency_s']).mean()`,
 * `df.describe()`, `df.print()`). Columns keep their order; missing values are null. danfojs is
 * loaded on the first call (it takes a few seconds to start), so nothing else pays for it.
 *
 * @param data an array of records (e.g. tidy rows) or an arquero table (e.g. toTable(rows), fitsToTable(fits))
 * @returns the DataFrame
 * @throws {Error} `toDataFrame requires an array of records or an arquero table`, or
 *   `toDataFrame requires at least one row` (danfojs has no empty frame with columns)
 * @example
 * const df = toDataFrame(await loadMeasurements(['runs/']));
 * df.groupby(['k']).col(['mean_latency_s']).mean().print();
 */
export function toDataFrame(data: readonly object[] | ColumnTable): DataFrame {
  const isTable = data !== null && typeof data === 'object' && typeof (data as ColumnTable).objects === 'function' && typeof (data as ColumnTable).columnNames === 'function';
  if (!isTable && !Array.isArray(data)) throw new Error('toDataFrame requires an array of records or an arquero table');
  const records = isTable ? (data as ColumnTable).objects() : (data as readonly object[]);
  if (records.length === 0) throw new Error('toDataFrame requires at least one row');
  const columns = isTable ? (data as ColumnTable).columnNames() : columnOrder(records);
  const values = records.map((r) => columns.map((c) => {
    const v = (r as Record<string, unknown>)[c];
    return v === undefined ? null : v;
  }));
  danfo ??= require('danfojs-node') as typeof import('danfojs-node');
  return new danfo.DataFrame(values, { columns });
}

/** Column names in first-seen order over all records. */
function columnOrder(records: readonly object[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
