import type { Rng } from '../random/create-rng.js';
import { groupRows } from '../data/verbs/group-rows.js';
import { mape as mapeOf } from './mape.js';
import { rSquared } from './r-squared.js';

/** Fits on training rows and returns a predictor of named outputs for any row. */
export type GroupPredictor<T> = (train: T[]) => (row: T) => Record<string, number>;

/** Options of {@link leaveGroupsOut}. */
export interface LeaveGroupsOutOptions<T> {
  /** The observed outputs of a row (default { latency: row.mean_latency_s }); names must match the predictor's. */
  observe?: (row: T) => Record<string, number>;
  /** At most this many folds (default 500); with more combinations, a seeded random subset is used. */
  maxFolds?: number;
  /** Required when the combinations exceed maxFolds. */
  rng?: Rng;
}

/** One held-out row's prediction in one fold. */
export interface HeldOutPrediction<T> {
  fold: number;
  /** Label of the row's group, e.g. 'prefill_tokens=512 decode_tokens=128'. */
  group: string;
  row: T;
  observed: Record<string, number>;
  predicted: Record<string, number>;
}

/** The result of {@link leaveGroupsOut}. */
export interface LeaveGroupsOutResult<T> {
  /** Groups held out per fold. */
  n: number;
  nGroups: number;
  /** C(nGroups, n). */
  nCombinations: number;
  /** True when a random subset of the combinations was used. */
  sampled: boolean;
  folds: { heldOut: string[]; nTrain: number; error: string | null }[];
  predictions: HeldOutPrediction<T>[];
  /** Held-out R^2 per output, pooled over every (fold, held-out row) pair. */
  r2: Record<string, number>;
  /** Held-out MAPE (fraction) per output, pooled likewise (NaN when an observation is 0). */
  mape: Record<string, number>;
}

/**
 * Leave-n-groups-out cross-validation: for every combination of n groups (rows sharing the
 * values of `groupKeys`), fit on the other groups and predict the held-out rows. With more than
 * maxFolds combinations, maxFolds distinct combinations are drawn with the given Rng.
 * A fold whose fit throws is recorded with its error and skipped.
 *
 * @param rows the rows
 * @param groupKeys columns defining the groups (e.g. ['prefill_tokens', 'decode_tokens'])
 * @param n groups held out per fold, 1 <= n < number of groups
 * @param fitFn fits on the training rows and returns a predictor of named outputs
 * @param options observed outputs, fold cap, Rng
 * @returns folds, held-out predictions, pooled held-out R^2 and MAPE per output
 * @throws {Error} `leaveGroupsOut requires ...` for a bad n, missing rng when sampling is needed, or
 *   when every fold failed
 * @example
 * const cv = leaveGroupsOut(rows, ['prefill_tokens', 'decode_tokens'], 2, (train) => {
 *   const fit = fitEq1(train);
 *   return (row) => ({ latency: eq1Latency(row.measured_rps, fit).latencyS });
 * });
 * cv.r2.latency;
 */
export function leaveGroupsOut<T extends object>(
  rows: readonly T[],
  groupKeys: readonly string[],
  n: number,
  fitFn: GroupPredictor<T>,
  options: LeaveGroupsOutOptions<T> = {},
): LeaveGroupsOutResult<T> {
  if (!Array.isArray(rows)) throw new Error('leaveGroupsOut requires an array of rows');
  if (typeof fitFn !== 'function') throw new Error('leaveGroupsOut requires a fit function');
  const groups = groupRows(rows, groupKeys);
  if (!Number.isInteger(n) || n < 1 || n >= groups.length) {
    throw new Error(`leaveGroupsOut requires n to be an integer in [1, ${groups.length - 1}] for ${groups.length} groups, got ${n}`);
  }
  const maxFolds = options.maxFolds ?? 500;
  if (!Number.isInteger(maxFolds) || maxFolds < 1) throw new Error(`leaveGroupsOut requires maxFolds to be a positive integer, got ${maxFolds}`);
  const observe = options.observe ?? ((row: T) => ({ latency: (row as Record<string, unknown>).mean_latency_s as number }));
  const total = binomial(groups.length, n);
  const sampled = total > maxFolds;
  if (sampled && !options.rng) {
    throw new Error(`leaveGroupsOut requires options.rng: C(${groups.length}, ${n}) = ${total} combinations exceed maxFolds = ${maxFolds}`);
  }
  const combos = sampled ? sampleCombinations(groups.length, n, maxFolds, options.rng as Rng) : allCombinations(groups.length, n);

  const folds: LeaveGroupsOutResult<T>['folds'] = [];
  const predictions: HeldOutPrediction<T>[] = [];
  combos.forEach((held, fold) => {
    const heldSet = new Set(held);
    const train = groups.flatMap((g, i) => (heldSet.has(i) ? [] : g.rows));
    const heldOut = held.map((i) => groups[i].label);
    try {
      const predict = fitFn(train);
      for (const i of held) {
        for (const row of groups[i].rows) {
          predictions.push({ fold, group: groups[i].label, row, observed: observe(row), predicted: predict(row) });
        }
      }
      folds.push({ heldOut, nTrain: train.length, error: null });
    } catch (err) {
      folds.push({ heldOut, nTrain: train.length, error: (err as Error).message });
    }
  });
  if (predictions.length === 0) {
    const first = folds.find((f) => f.error)?.error ?? 'no prediction';
    throw new Error(`leaveGroupsOut requires at least one fold that fits: all ${folds.length} failed (first: ${first})`);
  }
  const names = Object.keys(predictions[0].observed);
  const r2: Record<string, number> = {};
  const mape: Record<string, number> = {};
  for (const name of names) {
    const obs = predictions.map((p) => p.observed[name]);
    const pred = predictions.map((p) => p.predicted[name]);
    r2[name] = rSquared(obs, pred);
    mape[name] = obs.some((v) => v === 0) ? Number.NaN : mapeOf(obs, pred);
  }
  return { n, nGroups: groups.length, nCombinations: total, sampled, folds, predictions, r2, mape };
}

function binomial(g: number, n: number): number {
  let r = 1;
  for (let i = 1; i <= n; i++) r = (r * (g - n + i)) / i;
  return Math.round(r);
}

function allCombinations(g: number, n: number): number[][] {
  const out: number[][] = [];
  const current: number[] = [];
  const walk = (start: number): void => {
    if (current.length === n) {
      out.push([...current]);
      return;
    }
    for (let i = start; i <= g - (n - current.length); i++) {
      current.push(i);
      walk(i + 1);
      current.pop();
    }
  };
  walk(0);
  return out;
}

function sampleCombinations(g: number, n: number, count: number, rng: Rng): number[][] {
  const seen = new Set<string>();
  const out: number[][] = [];
  while (out.length < count) {
    const pool = Array.from({ length: g }, (_, i) => i);
    for (let i = 0; i < n; i++) {
      const j = i + rng.int(g - i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const combo = pool.slice(0, n).sort((a, b) => a - b);
    const id = combo.join(',');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(combo);
  }
  return out;
}
