import type { TidyRow } from '../data/tidy-schema.js';
import { CONFIG_KEYS, SYSTEM_KEYS } from '../data/tidy-schema.js';
import type { Eq1Fit, FitEq1Options } from './fit-eq1.js';
import { fitEq1 } from './fit-eq1.js';
import type { FitMoeOptions, MoeFit } from './fit-moe.js';
import { fitMoe } from './fit-moe.js';
import type { FitSdOptions, SdFit } from './fit-sd.js';
import { fitSd } from './fit-sd.js';
import type { RowGroup } from '../data/verbs/group-rows.js';
import { groupRows } from '../data/verbs/group-rows.js';
import type { LengthSummary } from '../data/verbs/length-summary.js';
import { lengthSummary } from '../data/verbs/length-summary.js';
import { metaConfigColumns } from '../data/verbs/sweep-columns.js';
import type { ExclusionOptions } from './exclude-saturated.js';
import type { ExcludedPoint } from './fit-point.js';
import { preparePoints } from './prepare-points.js';

/** The models fitGroups knows. */
export type FitModel = 'eq1' | 'sd' | 'moe';

/** One group's fit, or why it failed. */
export interface GroupFit<F> {
  /** The group's key columns and values. */
  key: Record<string, unknown>;
  /** 'verifier=Qwen3-8B k=3 ...'. */
  label: string;
  /** Rows given to the fit (for sd: including joined baseline rows). */
  nRows: number;
  /** The fit; point and exclusion indices refer to the rows given to fitGroups. */
  fit: F | null;
  /** Why the fit failed (null on success). */
  error: string | null;
  /**
   * Rows left out, with reasons (indices into the rows given to fitGroups): the fit's own
   * `excluded`, or for a failed fit the saturation rules' verdicts, so that a failed group still
   * says which rows it lost and why. Always set by fitGroups (optional for hand-built entries).
   */
  excluded?: ExcludedPoint[];
  /** The measured prompt/output lengths of the group's rows (mean and range), see lengthSummary. Always set by fitGroups. */
  lengths?: LengthSummary;
}

interface Common {
  /**
   * Columns of the groups. Defaults: eq1 and moe CONFIG_KEYS, sd SYSTEM_KEYS, each followed by
   * the metadata columns that separate sweeps (metaConfigColumns, e.g. meta_framework).
   */
  groupBy?: readonly string[];
}
export type FitGroupsEq1Options = Common & { model: 'eq1' } & FitEq1Options;
export type FitGroupsSdOptions = Common & { model: 'sd' } & FitSdOptions;
export type FitGroupsMoeOptions = Common & { model: 'moe' } & FitMoeOptions;

/**
 * Fits a model to every group of rows; a group that cannot be fitted gets an error entry instead
 * of stopping the run.
 * - eq1: one Eq. 1 fit per configuration (default groups CONFIG_KEYS);
 * - sd: one pooled Eq. 3 fit per system (default SYSTEM_KEYS); baseline rows (k = 0) join every
 *   SD group with the same verifier, hardware and lengths (their drafter is '' so SYSTEM_KEYS
 *   alone would separate them), or form their own group when there is none;
 * - moe: one Eq. 4 fit per configuration (default CONFIG_KEYS: Eq. 4 has one set of coefficients
 *   per (k, alpha)).
 *
 * @param rows tidy rows
 * @param options the model, grouping, and that model's fit options
 * @returns one entry per group, in first-seen order, each with its excluded rows (also when the
 *   fit failed) and its measured lengths
 * @throws {Error} `fitGroups requires ...` for rows that are not an array or an unknown model
 * @example
 * fitGroups(rows, { model: 'eq1' }).map((g) => [g.label, g.fit?.c1, g.error]);
 */
export function fitGroups(rows: readonly TidyRow[], options: FitGroupsEq1Options): GroupFit<Eq1Fit>[];
export function fitGroups(rows: readonly TidyRow[], options: FitGroupsSdOptions): GroupFit<SdFit>[];
export function fitGroups(rows: readonly TidyRow[], options: FitGroupsMoeOptions): GroupFit<MoeFit>[];
export function fitGroups(
  rows: readonly TidyRow[],
  options: FitGroupsEq1Options | FitGroupsSdOptions | FitGroupsMoeOptions,
): GroupFit<Eq1Fit | SdFit | MoeFit>[] {
  if (!Array.isArray(rows)) throw new Error('fitGroups requires an array of tidy rows');
  const model = options?.model;
  if (model !== 'eq1' && model !== 'sd' && model !== 'moe') throw new Error(`fitGroups requires model 'eq1', 'sd' or 'moe', got ${String(model)}`);
  const groupBy = options.groupBy ?? [...(model === 'sd' ? SYSTEM_KEYS : CONFIG_KEYS), ...metaConfigColumns(rows)];
  let groups = groupRows(rows, groupBy);
  if (model === 'sd' && options.groupBy === undefined) groups = joinBaselines(groups);
  return groups.map((g) => {
    try {
      const fit =
        model === 'eq1'
          ? fitEq1(g.rows, options as FitEq1Options)
          : model === 'sd'
            ? fitSd(g.rows, options as FitSdOptions)
            : fitMoe(g.rows, options as FitMoeOptions);
      remapIndices(fit, g.indices);
      return { key: g.key, label: g.label, nRows: g.rows.length, fit, error: null, excluded: fit.excluded, lengths: lengthSummary(g.rows) };
    } catch (err) {
      return { key: g.key, label: g.label, nRows: g.rows.length, fit: null, error: (err as Error).message, excluded: excludedOf(g, options.exclusion), lengths: lengthSummary(g.rows) };
    }
  });
}

/** The rows a failed group's fit would have left out (the saturation rules and unusable rows). */
function excludedOf(g: RowGroup<TidyRow>, exclusion: ExclusionOptions | false | undefined): ExcludedPoint[] {
  try {
    return preparePoints(g.rows, exclusion).excluded.map((e) => ({ ...e, index: g.indices[e.index] }));
  } catch {
    return [];
  }
}

/** Adds each baseline-only group's rows to the SD groups of the same system (drafter aside). */
function joinBaselines(groups: RowGroup<TidyRow>[]): RowGroup<TidyRow>[] {
  const others = SYSTEM_KEYS.filter((k) => k !== 'drafter');
  const id = (g: RowGroup<TidyRow>) => JSON.stringify(others.map((k) => g.key[k]));
  const isBaseline = (g: RowGroup<TidyRow>) => g.rows.every((r) => r.k === 0);
  const sd = groups.filter((g) => !isBaseline(g));
  const out: RowGroup<TidyRow>[] = sd.map((g) => ({ ...g, rows: [...g.rows], indices: [...g.indices] }));
  for (const base of groups.filter(isBaseline)) {
    const targets = out.filter((g) => id(g) === id(base));
    if (targets.length === 0) {
      out.push(base);
      continue;
    }
    for (const t of targets) {
      t.rows.push(...base.rows);
      t.indices.push(...base.indices);
    }
  }
  return out;
}

/** Points and exclusions index the group's rows: make them index the input. Points built on first read (fitSd) are remapped then. */
function remapIndices(fit: { points: { index: number }[]; excluded: { index: number }[] }, indices: number[]): void {
  for (const e of fit.excluded) e.index = indices[e.index];
  const remap = (points: { index: number }[]) => {
    for (const p of points) p.index = indices[p.index];
    return points;
  };
  const lazy = Object.getOwnPropertyDescriptor(fit, 'points');
  if (lazy?.get === undefined) {
    remap(fit.points);
    return;
  }
  const read = lazy.get;
  Object.defineProperty(fit, 'points', {
    enumerable: true,
    configurable: true,
    get(this: typeof fit) {
      return remap(read.call(this)); // read settles fit.points as a plain value: this runs once
    },
    set: lazy.set,
  });
}
