import type { TidyRow } from '../data/tidy-schema.js';
import type { ExcludedPoint } from './fit-point.js';
import { groupIndices } from '../data/verbs/group-rows.js';
import { sweepColumns } from '../data/verbs/sweep-columns.js';
import type { CheckedExclusionOptions, ExclusionOptions } from './exclusion-options.js';
import { checkExclusionOptions } from './exclusion-options.js';
import { loadPointOf } from './load-point.js';
import type { TtftReference } from './queue-evidence.js';
import { concurrencyReason, drainReason, inFlight, queueReason, ttftReference } from './queue-evidence.js';

export type { ExclusionOptions } from './exclusion-options.js';

/** The result of {@link excludeSaturated}. */
export interface ExclusionResult<T> {
  /** Rows kept, in input order. */
  kept: T[];
  /** Input index of each kept row. */
  keptIndices: number[];
  /** Rows left out, each with its reason, in input order. */
  excluded: ExcludedPoint[];
}

/**
 * Leaves out the rows that are not steady states below saturation, each with its reason, from
 * the evidence the files hold. Rules, applied per sweep (rows sharing `groupBy`, see
 * ExclusionOptions), first match wins:
 * 1. unusable rows (invalid latency or rate, `throughput` strategy: a burst at the concurrency cap);
 * 2. errored share above maxErroredShare with at least minErrored errors (isolated errors, a single
 *    one in 80 to 3000 requests in 4 of the 2400 real benchmarks, at moderate load, are not saturation);
 * 3. open loop, requests in flight at the client's cap (>= capFraction * cap; the measured mean
 *    concurrency, or Little's measured rate x latency): arrivals are throttled;
 * 4. open loop, growing backlog: requests still in flight at the window end well above the mean
 *    in flight (steady state: about equal, +- sqrt; a backlog growing from empty: about twice);
 *    GuideLLM always cuts about mean-concurrency requests at the window end, which is normal;
 * 5. open loop, target rate at the measured throughput of a sustained throughput run (GuideLLM's
 *    sweep puts its last constant rate there);
 * 6. open loop, the server fell behind the arrivals: for finite runs (num_prompts, duration_s:
 *    vLLM) a duration longer than the arrival window plus a drain (drainLatencies; the drain of the
 *    last requests is not saturation); for time-window runs (GuideLLM) a measured rate well below
 *    the target (minRateRatio);
 * 7. open and closed loop, a queue building: TTFT grown far more than the latency explains
 *    (ttftGrowth, queueShare) over the configuration's low-load run;
 * 8. open loop, latency jump on a throughput plateau (see jumpFactor);
 * 9. cascade: open-loop rows above a saturated one (rules 3-8) in target-rate order.
 * Closed-loop rows (synchronous, concurrent) face rules 1, 2 and 7, and a concurrency that was
 * never reached (concurrencyReached).
 *
 * @param rows tidy rows (any number of sweeps)
 * @param options thresholds (see {@link ExclusionOptions})
 * @returns kept rows and excluded points (index into `rows`, source, reason)
 * @throws {Error} `excludeSaturated requires ...` for rows that are not an array or bad thresholds
 * @example
 * const { kept, excluded } = excludeSaturated(rows, { maxConcurrency: 128 });
 * excluded[0].reason; // 'throughput strategy (a burst at the concurrency cap: saturated by construction)'
 */
export function excludeSaturated<T extends TidyRow>(rows: readonly T[], options: ExclusionOptions = {}): ExclusionResult<T> {
  if (!Array.isArray(rows)) throw new Error('excludeSaturated requires an array of rows');
  const o = checkExclusionOptions(options);
  const reasons = rows.map((): string | undefined => undefined); // by input index
  const configColumns = o.groupBy ?? sweepColumns(rows);
  // Index lists, not row groups: no objects per row or per group on this hot path (fitSd runs it).
  for (const config of groupIndices(rows, configColumns)) {
    const configRows = config.map((i) => rows[i]);
    const ref = ttftReference(configRows.filter((row) => typeof loadPointOf(row) !== 'string'));
    for (const sweep of o.groupBy === undefined ? runsOf(configRows, config) : [config]) {
      excludeInSweep(sweep.map((i) => rows[i]), sweep, o, ref, reasons);
    }
  }
  const kept: T[] = [];
  const keptIndices: number[] = [];
  const excluded: ExcludedPoint[] = [];
  rows.forEach((row, i) => {
    const reason = reasons[i];
    if (reason === undefined) {
      kept.push(row);
      keptIndices.push(i);
    } else {
      excluded.push({ index: i, source: typeof row.source === 'string' ? row.source : '', reason });
    }
  });
  return { kept, keptIndices, excluded };
}

const fmt = (v: number, digits = 3): string => String(Number(v.toPrecision(digits)));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Applies the rules to one sweep, writing reasons by input index. */
function excludeInSweep(
  rows: TidyRow[],
  indices: number[],
  o: CheckedExclusionOptions,
  ref: TtftReference | null,
  reasons: (string | undefined)[],
): void {
  const open: number[] = []; // positions (in rows) of usable open-loop rows
  rows.forEach((row, pos) => {
    const point = loadPointOf(row);
    if (typeof point === 'string') {
      const burst = row.strategy === 'throughput' && finite(row.num_prompts);
      reasons[indices[pos]] = burst ? `throughput strategy (request rate inf: all ${row.num_prompts} prompts sent at once, a burst, not a steady state)` : point;
      return;
    }
    const errored = finite(row.errored) ? row.errored : 0;
    const completed = finite(row.completed) ? row.completed : 0;
    const total = errored + completed;
    if (total > 0 && errored >= o.minErrored && errored / total > o.maxErroredShare) {
      reasons[indices[pos]] = `errored share ${fmt((100 * errored) / total)}% > ${fmt(100 * o.maxErroredShare)}% (${errored} of ${total} requests)`;
      return;
    }
    if (point.kind === 'open') {
      open.push(pos);
      return;
    }
    // Closed loop: the load must be the stated concurrency, and no queue may build.
    const closed = concurrencyReason(row, o) ?? queueReason(row, ref, o);
    if (closed !== null) reasons[indices[pos]] = closed;
  });

  const targets = targetRates(rows, open, o);
  // A finite burst (vLLM rate inf: num_prompts at once) is bounded by its slowest requests, not the server.
  const throughputRows = rows.filter((r) => r.strategy === 'throughput' && finite(r.measured_rps) && r.measured_rps > 0 && !finite(r.num_prompts));
  const throughputRps = throughputRows.length > 0 ? Math.max(...throughputRows.map((r) => r.measured_rps)) : null;

  // Rules 3-6 per row.
  const saturated = new Map<number, string>();
  for (const pos of open) {
    const row = rows[pos];
    const c = row.mean_concurrency;
    const inflight = inFlight(row);
    const cap = o.maxConcurrency === undefined ? (finite(row.max_concurrency) && row.max_concurrency > 0 ? row.max_concurrency : null) : o.maxConcurrency;
    const target = targets.get(pos);
    const drain = target === undefined ? undefined : drainReason(row, target, o);
    if (cap !== null && inflight !== null && inflight >= o.capFraction * cap) {
      const what = finite(c) ? `mean concurrency ${fmt(c)}` : `mean in flight ${fmt(inflight)} (measured rate x mean latency)`;
      saturated.set(pos, `${what} >= ${o.capFraction} x max concurrency ${cap} (arrivals throttled by the cap)`);
    } else if (o.backlogRatio !== null && finite(row.incomplete) && finite(c) && row.incomplete > o.backlogRatio * c + 3 * Math.sqrt(c) + 1) {
      saturated.set(pos, `growing backlog: ${row.incomplete} requests in flight at the window end > ${o.backlogRatio} x mean concurrency ${fmt(c)} + 3 sqrt(mean) + 1`);
    } else if (o.throughputFraction !== null && throughputRps !== null && target !== undefined && target >= o.throughputFraction * throughputRps) {
      saturated.set(pos, `target rate ${fmt(target)} rps >= ${o.throughputFraction} x measured throughput ${fmt(throughputRps)} rps (at saturation)`);
    } else if (typeof drain === 'string') {
      saturated.set(pos, drain);
    } else if (drain === undefined && o.minRateRatio !== null && target !== undefined && row.measured_rps < o.minRateRatio * target) {
      saturated.set(pos, `measured rate ${fmt(row.measured_rps)} rps < ${o.minRateRatio} x target ${fmt(target)} rps (server cannot keep up)`);
    } else {
      const queue = queueReason(row, ref, o);
      if (queue !== null) saturated.set(pos, queue);
    }
  }

  // Rules 7-8 in load order: previous kept point starts at the synchronous row.
  const order = [...open].sort((a, b) => {
    const ta = targets.get(a);
    const tb = targets.get(b);
    return ta !== undefined && tb !== undefined && ta !== tb ? ta - tb : rows[a].measured_rps - rows[b].measured_rps;
  });
  const sync = rows.find((r, pos) => r.strategy === 'synchronous' && reasons[indices[pos]] === undefined && finite(r.measured_rps) && r.measured_rps > 0);
  let prev: { rps: number; latencyS: number } | null = sync ? { rps: sync.measured_rps, latencyS: sync.mean_latency_s } : null;
  let cascadeFrom: string | null = null;
  for (const pos of order) {
    const row = rows[pos];
    if (cascadeFrom !== null) {
      reasons[indices[pos]] = `above a saturated load level (${cascadeFrom})`;
      continue;
    }
    let reason = saturated.get(pos);
    if (reason === undefined && o.jumpFactor !== null && prev !== null) {
      const ratio = row.mean_latency_s / prev.latencyS;
      const growth = row.measured_rps / prev.rps - 1;
      if (ratio > o.jumpFactor && growth < o.plateauGrowth) {
        reason = `latency jump x${fmt(ratio)} (${fmt(prev.latencyS)} -> ${fmt(row.mean_latency_s)} s) while the rate grew ${fmt(100 * growth, 2)}% (< ${fmt(100 * o.plateauGrowth)}%)`;
      }
    }
    if (reason !== undefined) {
      reasons[indices[pos]] = reason;
      if (o.cascade) cascadeFrom = `${fmt(row.measured_rps)} rps${row.source ? ` at ${row.source}` : ''}`;
      continue;
    }
    prev = { rps: row.measured_rps, latencyS: row.mean_latency_s };
  }
}

/** Target rate per open-loop row position: rate_rps, or GuideLLM sweep rates when inferable. */
function targetRates(rows: TidyRow[], open: number[], o: CheckedExclusionOptions): Map<number, number> {
  const targets = new Map<number, number>();
  for (const pos of open) if (finite(rows[pos].rate_rps) && (rows[pos].rate_rps as number) > 0) targets.set(pos, rows[pos].rate_rps as number);
  if (!o.inferSweepRates || targets.size > 0) return targets;
  const syncRows = rows.filter((r) => r.strategy === 'synchronous');
  const thrRows = rows.filter((r) => r.strategy === 'throughput');
  const constant = rows.flatMap((r, pos) => (r.strategy === 'constant' ? [pos] : []));
  if (syncRows.length !== 1 || thrRows.length !== 1 || constant.length === 0) return targets;
  const syncRps = syncRows[0].measured_rps;
  const thrRps = thrRows[0].measured_rps;
  if (!(finite(syncRps) && finite(thrRps) && syncRps > 0 && thrRps > syncRps)) return targets;
  const byIndex = constant.every((pos) => finite(rows[pos].benchmark_index));
  const ordered = [...constant].sort((a, b) =>
    byIndex ? (rows[a].benchmark_index as number) - (rows[b].benchmark_index as number) : rows[a].measured_rps - rows[b].measured_rps,
  );
  const n = ordered.length;
  const inferred = ordered.map((_, j) => syncRps + ((j + 1) / n) * (thrRps - syncRps));
  // Only a complete sweep fits the pattern: the lower half of the rates (far from saturation)
  // must be within 15% of their inferred targets (real sweeps: within 5%), else infer nothing.
  const lowHalf = Math.max(1, Math.floor(n / 2));
  for (let j = 0; j < lowHalf; j++) {
    if (Math.abs(rows[ordered[j]].measured_rps / inferred[j] - 1) > 0.15) return targets;
  }
  ordered.forEach((pos, j) => {
    if (open.includes(pos)) targets.set(pos, inferred[j]);
  });
  return targets;
}

/**
 * The runs (sweeps) of one configuration's rows, as input indices: rows whose alpha is null
 * (without alpha the configuration columns cannot tell apart sweeps of different acceptance) go
 * by their file (`source` before '#') when that file holds several rows of the configuration (a
 * GuideLLM report, a JSON Lines or sweep summary file, a simulator seed); the rows of
 * single-result files (one vLLM result per rate, in one folder or one folder per rate) form one
 * run together. Rows with alpha set share one run. Runs in first-seen order.
 */
function runsOf(rows: readonly TidyRow[], indices: readonly number[]): number[][] {
  if (rows.every((row) => row.alpha !== null)) return [[...indices]];
  const fileOf = (row: TidyRow) => (typeof row.source === 'string' ? row.source.split('#')[0] : '');
  const count = new Map<string, number>();
  for (const row of rows) if (row.alpha === null) count.set(fileOf(row), (count.get(fileOf(row)) ?? 0) + 1);
  const runs = new Map<string, number[]>();
  rows.forEach((row, j) => {
    const file = row.alpha === null ? fileOf(row) : '';
    const run = row.alpha !== null ? '' : (count.get(file) ?? 0) >= 2 ? `file:${file}` : 'single-result files';
    const members = runs.get(run);
    if (members) members.push(indices[j]);
    else runs.set(run, [indices[j]]);
  });
  return [...runs.values()];
}
