import type { TidyRow } from '../tidy-schema.js';
import { median } from '../../util/median.js';

/** The result of {@link withOfferedRates}. */
export interface OfferedRates<T> {
  /** The rows, open-loop ones with measured_rps set to their offered rate_rps (new objects; the input is not changed). */
  rows: T[];
  /** Rows changed. */
  nChanged: number;
  /** Median of measured_rps / rate_rps over the changed rows (1 when none changed). */
  medianRatio: number;
}

/**
 * The rows with every open-loop benchmark (constant, poisson) that has a positive offered rate
 * `rate_rps` given that rate as its `measured_rps`, for a sensitivity check of fits that use
 * the measured rate. GuideLLM's measured rate counts the requests completed inside the
 * benchmark's window; requests still in flight at its end are not counted, so with requests
 * lasting a sizeable fraction of the window (e.g. 20 s in 90 s) the measured rate falls well
 * below the rate the server was offered, by more the higher the latency. Closed-loop and
 * throughput rows, and rows without an offered rate, are returned unchanged.
 *
 * @param rows tidy rows
 * @returns the rows, how many changed, and the median measured / offered ratio of those
 * @throws {Error} `withOfferedRates requires an array of tidy rows`
 * @example
 * withOfferedRates([{ ...row, strategy: 'constant', rate_rps: 0.5, measured_rps: 0.4 }]).rows[0].measured_rps; // 0.5
 */
export function withOfferedRates<T extends TidyRow>(rows: readonly T[]): OfferedRates<T> {
  if (!Array.isArray(rows as unknown)) throw new Error('withOfferedRates requires an array of tidy rows');
  const ratios: number[] = [];
  const out = rows.map((r) => {
    const offered = r.rate_rps;
    if ((r.strategy !== 'constant' && r.strategy !== 'poisson') || typeof offered !== 'number' || !(offered > 0) || !Number.isFinite(offered)) return r;
    ratios.push(r.measured_rps / offered);
    return { ...r, measured_rps: offered };
  });
  return { rows: out, nChanged: ratios.length, medianRatio: ratios.length === 0 ? 1 : median(ratios) };
}
