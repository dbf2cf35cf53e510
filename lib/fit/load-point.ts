import type { TidyRow } from '../data/tidy-schema.js';

/**
 * One measured latency at one load level, in the form a fit uses:
 * - open loop (`constant`, `poisson` strategies): the server sees a steady request rate `rps`
 *   (the measured completed-request rate) and Eq. 1 applies, L = C1 / (1 - rps * C2);
 * - closed loop (`concurrent`, and `synchronous` = one stream): `concurrency` requests are always
 *   in flight, Little's Law gives B = concurrency and L = C1 + C2 * concurrency.
 */
export type LoadPoint =
  | { kind: 'open'; rps: number; latencyS: number }
  | { kind: 'closed'; concurrency: number; latencyS: number };

/** A load point with its index in the fit's input and its source ('' when unknown). */
export type IndexedLoadPoint = LoadPoint & { index: number; source: string };

/**
 * The load point of a tidy row, or the reason it cannot be one.
 * `throughput` rows (a burst at the concurrency cap) are not steady states: they get a reason.
 * A `concurrent` row without `concurrency` falls back to the measured `mean_concurrency`;
 * a `synchronous` row is closed loop with one stream.
 *
 * @param row a tidy row
 * @returns the point, or a string explaining why the row is unusable
 * @throws nothing: an unusable row yields its reason instead
 * @example
 * loadPointOf({ ...row, strategy: 'constant', measured_rps: 4, mean_latency_s: 1.2 });
 * // { kind: 'open', rps: 4, latencyS: 1.2 }
 */
export function loadPointOf(row: TidyRow): LoadPoint | string {
  const latencyS = row.mean_latency_s;
  if (typeof latencyS !== 'number' || !(latencyS > 0) || !Number.isFinite(latencyS)) {
    return `invalid mean_latency_s ${String(latencyS)}`;
  }
  switch (row.strategy) {
    case 'synchronous':
      return { kind: 'closed', concurrency: 1, latencyS };
    case 'concurrent': {
      const c = row.concurrency ?? row.mean_concurrency;
      if (typeof c !== 'number' || !(c > 0) || !Number.isFinite(c)) return 'concurrent row without a positive concurrency';
      return { kind: 'closed', concurrency: c, latencyS };
    }
    case 'constant':
    case 'poisson': {
      const rps = row.measured_rps;
      if (typeof rps !== 'number' || !(rps > 0) || !Number.isFinite(rps)) return `invalid measured_rps ${String(rps)}`;
      return { kind: 'open', rps, latencyS };
    }
    case 'throughput':
      return 'throughput strategy (a burst at the concurrency cap: saturated by construction)';
    default:
      return `unknown strategy ${String(row.strategy)}`;
  }
}
