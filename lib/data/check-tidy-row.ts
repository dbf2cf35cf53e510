import type { TidyRow } from './tidy-schema.js';
import { STRATEGIES } from './tidy-schema.js';

const LATENCY_COLUMNS = [
  'mean_latency_s',
  'p50_latency_s',
  'p95_latency_s',
  'p99_latency_s',
  'mean_ttft_ms',
  'mean_itl_ms',
  'mean_tpot_ms',
] as const;

/**
 * Checks one tidy row against the schema's contract: strings are strings, required numbers
 * are finite, drafter is '' exactly when k is 0, optional numbers are null or finite, latencies and rates are >= 0, counts and
 * token lengths are integers, alpha is in [0, 1], and at least one request succeeded (completed and
 * errored may be null: unknown, as in a CSV without counts).
 * Every loader runs it last, so no NaN or impossible value leaves the data layer.
 *
 * @param row the row to check
 * @param fn the public function's name, for messages
 * @param file the file name, for messages
 * @param where where the row came from in the file, e.g. 'benchmarks[2]' or 'line 4'
 * @returns the same row
 * @throws {Error} `<fn>: <file>: <where>: column <name>: <problem>`
 * @example
 * checkTidyRow(row, 'parseTidyCsv', 'runs.csv', 'line 2');
 */
export function checkTidyRow(row: TidyRow, fn: string, file: string, where: string): TidyRow {
  const bad = (col: string, problem: string) => new Error(`${fn}: ${file}: ${where}: column ${col}: ${problem}`);
  for (const col of ['verifier', 'drafter', 'hardware', 'source'] as const) {
    if (typeof row[col] !== 'string') throw bad(col, 'not a string');
  }
  if (row.verifier === '') throw bad('verifier', 'empty (pass the verifier name as an option or in a sidecar)');
  if (!STRATEGIES.includes(row.strategy)) throw bad('strategy', `unknown strategy ${JSON.stringify(row.strategy)}`);
  const need = (col: string, v: unknown, ok: (n: number) => boolean, what: string, nullable: boolean) => {
    if (v === null && nullable) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(col, `not a finite number (got ${String(v)})`);
    if (!ok(v)) throw bad(col, `${what} (got ${v})`);
  };
  const positiveInt = (n: number) => Number.isInteger(n) && n >= 1;
  const count = (n: number) => Number.isInteger(n) && n >= 0;
  const nonneg = (n: number) => n >= 0;
  need('prefill_tokens', row.prefill_tokens, positiveInt, 'not a positive integer', false);
  need('decode_tokens', row.decode_tokens, positiveInt, 'not a positive integer', false);
  need('k', row.k, count, 'not a non-negative integer', false);
  if (row.k !== 0 && row.drafter === '') throw bad('drafter', `empty while k = ${String(row.k)} (give the drafter name)`);
  if (row.k === 0 && row.drafter !== '') throw bad('k', `0 while drafter is ${JSON.stringify(row.drafter)} (give k)`);
  need('alpha', row.alpha, (n) => n >= 0 && n <= 1, 'not in [0, 1]', true);
  need('rate_rps', row.rate_rps, (n) => n > 0, 'not positive', true);
  need('concurrency', row.concurrency, positiveInt, 'not a positive integer', true);
  need('measured_rps', row.measured_rps, nonneg, 'negative', false);
  for (const col of LATENCY_COLUMNS) need(col, row[col], nonneg, 'negative', col !== 'mean_latency_s');
  need('mean_concurrency', row.mean_concurrency, nonneg, 'negative', true);
  need('completed', row.completed, positiveInt, 'zero successful requests', true);
  need('errored', row.errored, count, 'not a non-negative integer', true);
  return row;
}
