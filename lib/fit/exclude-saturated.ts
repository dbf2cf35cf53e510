import type { TidyRow } from '../data/tidy-schema.js';
import { CONFIG_KEYS } from '../data/tidy-schema.js';
import type { ExcludedPoint } from './fit-point.js';
import { groupKeyPart } from './group-rows.js';
import { loadPointOf } from './load-point.js';

/** Thresholds of {@link excludeSaturated}; every rule can be switched off. */
export interface ExclusionOptions {
  /**
   * GuideLLM's max concurrency (the cap on requests in flight). Default: each row's numeric
   * `max_concurrency` column when present (the speculators-scaling loader sets 128), else no cap rule.
   * null switches the rule off.
   */
  maxConcurrency?: number | null;
  /** Open-loop rows with mean_concurrency >= capFraction * cap are throttled by the cap. Default 0.9. */
  capFraction?: number;
  /**
   * Rows with errored / (completed + errored) above this, and at least minErrored errors, are
   * excluded. Default 0.02 (2%).
   */
  maxErroredShare?: number;
  /** See maxErroredShare. Default 2: a single error never excludes a row. */
  minErrored?: number;
  /**
   * Growing backlog: an open-loop row is excluded when its `incomplete` count (requests cut at the
   * end of the window) exceeds backlogRatio * c + 3 sqrt(c) + 1, c = mean concurrency. Default 1.5;
   * null switches the rule off.
   */
  backlogRatio?: number | null;
  /** Open-loop rows whose measured rate is below minRateRatio * target rate. Default 0.9; null: off. */
  minRateRatio?: number | null;
  /**
   * Open-loop rows whose target rate is at least throughputFraction * the sweep's measured
   * throughput (its `throughput` row) run at the saturation rate. Default 0.98; null: off.
   */
  throughputFraction?: number | null;
  /**
   * When constant rows have no rate_rps and the sweep has one synchronous and one throughput row,
   * infer GuideLLM's sweep targets: n constant rates evenly spaced from the synchronous rate up to
   * and including the throughput rate (rate_j = sync + j / n * (throughput - sync), j = 1..n, in
   * benchmark_index order, or measured-rate order without it). Only when the sweep is complete:
   * the lower half of the measured rates must lie within 15% of their inferred targets (a trimmed
   * or partial sweep infers nothing). Default true.
   */
  inferSweepRates?: boolean;
  /**
   * Latency jump: an open-loop row whose latency exceeds jumpFactor times the previous kept
   * row's while its measured rate grew by less than plateauGrowth (throughput plateau). Default 1.5;
   * null switches the rule off.
   */
  jumpFactor?: number | null;
  /** See jumpFactor. Default 0.05 (5%). */
  plateauGrowth?: number;
  /** Once an open-loop row is saturated, every higher-rate row of its sweep is too. Default true. */
  cascade?: boolean;
  /**
   * Columns identifying one sweep (the rules compare rows of one sweep). Default CONFIG_KEYS;
   * rows whose alpha is null are further split by file (the `source` before '#'), since without
   * alpha the configuration columns cannot tell apart sweeps of different acceptance.
   */
  groupBy?: readonly string[];
}

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
 * Leaves out the rows that are not steady states below saturation, each with its reason.
 * Rules, applied per sweep (rows sharing `groupBy`), first match wins:
 * 1. unusable rows (invalid latency or rate, `throughput` strategy: a burst at the concurrency cap);
 * 2. errored share above maxErroredShare with at least minErrored errors (isolated errors, a single
 *    one in 80 to 3000 requests in 4 of the 2400 real benchmarks, at moderate load, are not saturation);
 * 3. open loop, mean concurrency at the GuideLLM cap (>= capFraction * cap): arrivals are throttled;
 * 4. open loop, growing backlog: requests still in flight at the window end well above the mean
 *    in flight (steady state: about equal, +- sqrt; a backlog growing from empty: about twice);
 *    GuideLLM always cuts about mean-concurrency requests at the window end, which is normal;
 * 5. open loop, target rate at the measured throughput (GuideLLM's sweep puts its last constant
 *    rate there);
 * 6. open loop, measured rate well below the target rate (the server cannot keep up);
 * 7. open loop, latency jump on a throughput plateau (see jumpFactor);
 * 8. cascade: open-loop rows above a saturated one (rules 3-7) in target-rate order.
 * Closed-loop rows (synchronous, concurrent) only face rules 1-2.
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
  const reasons = new Map<number, string>();
  for (const indices of sweeps(rows, o.groupBy, options.groupBy === undefined)) {
    excludeInSweep(
      indices.map((i) => rows[i]),
      indices,
      o,
      reasons,
    );
  }
  const kept: T[] = [];
  const keptIndices: number[] = [];
  const excluded: ExcludedPoint[] = [];
  rows.forEach((row, i) => {
    const reason = reasons.get(i);
    if (reason === undefined) {
      kept.push(row);
      keptIndices.push(i);
    } else {
      excluded.push({ index: i, source: typeof row.source === 'string' ? row.source : '', reason });
    }
  });
  return { kept, keptIndices, excluded };
}

interface CheckedOptions {
  maxConcurrency: number | null | undefined;
  capFraction: number;
  maxErroredShare: number;
  minErrored: number;
  backlogRatio: number | null;
  minRateRatio: number | null;
  throughputFraction: number | null;
  inferSweepRates: boolean;
  jumpFactor: number | null;
  plateauGrowth: number;
  cascade: boolean;
  groupBy: readonly string[];
}

function checkExclusionOptions(options: ExclusionOptions): CheckedOptions {
  const num = (name: keyof ExclusionOptions, value: unknown, fallback: number, nullable: boolean): number | null => {
    if (value === undefined) return fallback;
    if (value === null && nullable) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`excludeSaturated requires options.${name} to be a number >= 0${nullable ? ' or null' : ''}, got ${String(value)}`);
    }
    return value;
  };
  const mc = options.maxConcurrency;
  if (mc !== undefined && mc !== null && !(typeof mc === 'number' && mc > 0 && Number.isFinite(mc))) {
    throw new Error(`excludeSaturated requires options.maxConcurrency to be a positive number or null, got ${String(mc)}`);
  }
  return {
    maxConcurrency: mc,
    capFraction: num('capFraction', options.capFraction, 0.9, false) as number,
    maxErroredShare: num('maxErroredShare', options.maxErroredShare, 0.02, false) as number,
    minErrored: num('minErrored', options.minErrored, 2, false) as number,
    backlogRatio: num('backlogRatio', options.backlogRatio, 1.5, true),
    minRateRatio: num('minRateRatio', options.minRateRatio, 0.9, true),
    throughputFraction: num('throughputFraction', options.throughputFraction, 0.98, true),
    inferSweepRates: options.inferSweepRates ?? true,
    jumpFactor: num('jumpFactor', options.jumpFactor, 1.5, true),
    plateauGrowth: num('plateauGrowth', options.plateauGrowth, 0.05, false) as number,
    cascade: options.cascade ?? true,
    groupBy: options.groupBy ?? CONFIG_KEYS,
  };
}

/**
 * Row indices per sweep: rows with equal values in `groupBy` (compared exactly: null, 0 and '' are
 * distinct, a missing column is null), and, with `byFile`, rows without alpha further split by
 * file (the source before '#'). One string key per row, no per-row objects.
 */
function sweeps(rows: readonly TidyRow[], groupBy: readonly string[], byFile: boolean): number[][] {
  const groups = new Map<string, number[]>();
  const fileOf = (row: TidyRow): string | null => (byFile && row.alpha === null ? (typeof row.source === 'string' ? row.source.split('#')[0] : '') : null);
  const sameSweep = (row: TidyRow, before: TidyRow): boolean => {
    for (const k of groupBy) if (row[k] !== before[k] && !(row[k] == null && before[k] == null)) return false;
    return (row.alpha !== null && before.alpha !== null) || fileOf(row) === fileOf(before);
  };
  let previous: number[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // Rows of a sweep usually follow each other: same values as the previous row, same group.
    if (previous !== null && sameSweep(row, rows[i - 1])) {
      previous.push(i);
      continue;
    }
    let id = '';
    for (const k of groupBy) id += groupKeyPart(row[k]);
    const file = fileOf(row);
    if (file !== null) id += `f${groupKeyPart(file)}`;
    let g = groups.get(id);
    if (g) g.push(i);
    else groups.set(id, (g = [i]));
    previous = g;
  }
  return [...groups.values()];
}

const fmt = (v: number, digits = 3): string => String(Number(v.toPrecision(digits)));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Applies the rules to one sweep, writing reasons by input index. */
function excludeInSweep(rows: TidyRow[], indices: number[], o: CheckedOptions, reasons: Map<number, string>): void {
  const open: number[] = []; // positions (in rows) of usable open-loop rows
  rows.forEach((row, pos) => {
    const point = loadPointOf(row);
    if (typeof point === 'string') {
      reasons.set(indices[pos], point);
      return;
    }
    const errored = finite(row.errored) ? row.errored : 0;
    const completed = finite(row.completed) ? row.completed : 0;
    const total = errored + completed;
    if (total > 0 && errored >= o.minErrored && errored / total > o.maxErroredShare) {
      reasons.set(indices[pos], `errored share ${fmt((100 * errored) / total)}% > ${fmt(100 * o.maxErroredShare)}% (${errored} of ${total} requests)`);
      return;
    }
    if (point.kind === 'open') open.push(pos);
  });

  const targets = targetRates(rows, open, o);
  const throughputRows = rows.filter((r) => r.strategy === 'throughput' && finite(r.measured_rps) && r.measured_rps > 0);
  const throughputRps = throughputRows.length > 0 ? Math.max(...throughputRows.map((r) => r.measured_rps)) : null;

  // Rules 3-6 per row.
  const saturated = new Map<number, string>();
  for (const pos of open) {
    const row = rows[pos];
    const c = row.mean_concurrency;
    const cap = o.maxConcurrency === undefined ? (finite(row.max_concurrency) && row.max_concurrency > 0 ? row.max_concurrency : null) : o.maxConcurrency;
    const target = targets.get(pos);
    if (cap !== null && finite(c) && c >= o.capFraction * cap) {
      saturated.set(pos, `mean concurrency ${fmt(c)} >= ${o.capFraction} x max concurrency ${cap} (arrivals throttled by the cap)`);
    } else if (o.backlogRatio !== null && finite(row.incomplete) && finite(c) && row.incomplete > o.backlogRatio * c + 3 * Math.sqrt(c) + 1) {
      saturated.set(pos, `growing backlog: ${row.incomplete} requests in flight at the window end > ${o.backlogRatio} x mean concurrency ${fmt(c)} + 3 sqrt(mean) + 1`);
    } else if (o.throughputFraction !== null && throughputRps !== null && target !== undefined && target >= o.throughputFraction * throughputRps) {
      saturated.set(pos, `target rate ${fmt(target)} rps >= ${o.throughputFraction} x measured throughput ${fmt(throughputRps)} rps (at saturation)`);
    } else if (o.minRateRatio !== null && target !== undefined && row.measured_rps < o.minRateRatio * target) {
      saturated.set(pos, `measured rate ${fmt(row.measured_rps)} rps < ${o.minRateRatio} x target ${fmt(target)} rps (server cannot keep up)`);
    }
  }

  // Rules 7-8 in load order: previous kept point starts at the synchronous row.
  const order = [...open].sort((a, b) => {
    const ta = targets.get(a);
    const tb = targets.get(b);
    return ta !== undefined && tb !== undefined && ta !== tb ? ta - tb : rows[a].measured_rps - rows[b].measured_rps;
  });
  const sync = rows.find((r, pos) => r.strategy === 'synchronous' && !reasons.has(indices[pos]) && finite(r.measured_rps) && r.measured_rps > 0);
  let prev: { rps: number; latencyS: number } | null = sync ? { rps: sync.measured_rps, latencyS: sync.mean_latency_s } : null;
  let cascadeFrom: string | null = null;
  for (const pos of order) {
    const row = rows[pos];
    if (cascadeFrom !== null) {
      reasons.set(indices[pos], `above a saturated load level (${cascadeFrom})`);
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
      reasons.set(indices[pos], reason);
      if (o.cascade) cascadeFrom = `${fmt(row.measured_rps)} rps${row.source ? ` at ${row.source}` : ''}`;
      continue;
    }
    prev = { rps: row.measured_rps, latencyS: row.mean_latency_s };
  }
}

/** Target rate per open-loop row position: rate_rps, or GuideLLM sweep rates when inferable. */
function targetRates(rows: TidyRow[], open: number[], o: CheckedOptions): Map<number, number> {
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
