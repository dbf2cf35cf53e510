import type { TidyRow } from '../data/tidy-schema.js';
import type { SdCoefficients } from '../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import type { Rng } from '../random/create-rng.js';
import type { FitSdOptions, SdFit } from './fit-sd.js';
import { fitSd } from './fit-sd.js';
import { groupRows } from '../data/verbs/group-rows.js';
import { identifiedSdCoefficients } from './identified-sd-coefficients.js';
import type { LeaveGroupsOutResult } from './leave-groups-out.js';
import { leaveGroupsOut } from './leave-groups-out.js';
import { linearLeastSquares } from './linear-least-squares.js';

/** A length feature of a (prefill, decode) group, in tokens. */
export type LengthFeature = (lengths: { prefill_tokens: number; decode_tokens: number }) => number;

/**
 * Default features (tokens): the paper's Fig. 6 finds c2_p linear in prefill length and c2_v
 * linear in prefill + 0.5 * decode (the time-averaged KV-cache length). By analogy (a choice of this
 * project): c1_p uses prefill, and c1_v, c1_d, c2_d the effective length prefill + 0.5 * decode.
 */
export const DEFAULT_LENGTH_FEATURES: Record<keyof SdCoefficients, LengthFeature> = {
  c1_p: (l) => l.prefill_tokens,
  c1_v: (l) => l.prefill_tokens + 0.5 * l.decode_tokens,
  c1_d: (l) => l.prefill_tokens + 0.5 * l.decode_tokens,
  c2_p: (l) => l.prefill_tokens,
  c2_v: (l) => l.prefill_tokens + 0.5 * l.decode_tokens,
  c2_d: (l) => l.prefill_tokens + 0.5 * l.decode_tokens,
};

/** Options of {@link coefficientScalingCv}. */
export interface CoefficientScalingOptions {
  /** Groups held out per fold (the paper: 1, 2, 4 of 16). */
  n: number;
  /** Columns defining the length groups (default ['prefill_tokens', 'decode_tokens']). */
  groupKeys?: readonly string[];
  /** Per-coefficient features, overriding DEFAULT_LENGTH_FEATURES. */
  features?: Partial<Record<keyof SdCoefficients, LengthFeature>>;
  /** Options of each group's pooled fit. */
  fitOptions?: FitSdOptions;
  maxFolds?: number;
  rng?: Rng;
  /**
   * Pooled coefficients per length group from an earlier call (its `groups`): skips the per-group
   * fits, so several n cost one set of fits; `rows` are then not read (pass []).
   */
  groups?: readonly GroupCoefficients[];
}

/** One length group's pooled coefficients. */
export type GroupCoefficients = { prefill_tokens: number; decode_tokens: number; label: string } & SdCoefficients;

/** The result of {@link coefficientScalingCv}. */
export interface CoefficientScalingResult {
  /** Pooled coefficients of every group that could be fitted. */
  groups: GroupCoefficients[];
  /** Groups whose pooled fit failed, with the reason. */
  failed: { label: string; error: string }[];
  /** The pooled fit of each entry of `groups`, same order (residuals, points); empty when options.groups were given. */
  fits: SdFit[];
  /** The cross-validation over groups (outputs named by coefficient). */
  cv: LeaveGroupsOutResult<GroupCoefficients>;
  /** Held-out R^2 per coefficient. */
  r2: Record<keyof SdCoefficients, number>;
}

/**
 * The paper's Fig. 7 check: fit the pooled SD coefficients per (prefill, decode) group, then for
 * each coefficient a line a + b * feature(lengths) on the training groups, and predict the
 * held-out groups' coefficients (leave-n-groups-out). Reports the held-out R^2 per coefficient.
 *
 * @param rows tidy rows of one verifier, drafter and hardware over several length groups
 * @param options n, features, fit options, fold cap and Rng, or precomputed groups
 * @returns per-group coefficients and their pooled fits, the cross-validation and held-out R^2 per coefficient
 * @throws {Error} `coefficientScalingCv requires ...` for rows of several systems, fewer than 3
 *   fitted groups, malformed options.groups, or as leaveGroupsOut
 * @example
 * const one = coefficientScalingCv(rows, { n: 1 });
 * coefficientScalingCv([], { n: 2, groups: one.groups }).r2.c2_v; // held-out R^2 of c2_v ~ prefill + 0.5 decode, no refits
 */
export function coefficientScalingCv(rows: readonly TidyRow[], options: CoefficientScalingOptions): CoefficientScalingResult {
  if (!Array.isArray(rows)) throw new Error('coefficientScalingCv requires an array of tidy rows');
  const groupKeys = options.groupKeys ?? ['prefill_tokens', 'decode_tokens'];
  const features = { ...DEFAULT_LENGTH_FEATURES, ...(options.features ?? {}) };
  if (options.groups !== undefined) return crossValidate(checkGroups(options.groups), [], [], groupKeys, features, options);
  const systems = new Set(rows.filter((r) => r.k > 0).map((r) => JSON.stringify([r.verifier, r.drafter, r.hardware])));
  if (systems.size > 1) throw new Error(`coefficientScalingCv requires rows of one verifier, drafter and hardware, got ${systems.size}`);
  const groups: GroupCoefficients[] = [];
  const failed: { label: string; error: string }[] = [];
  const fits: SdFit[] = [];
  for (const g of groupRows(rows, groupKeys)) {
    try {
      const fit = fitSd(g.rows, options.fitOptions);
      const coefficients = identifiedSdCoefficients(fit, 'coefficientScalingCv');
      groups.push({ prefill_tokens: g.rows[0].prefill_tokens, decode_tokens: g.rows[0].decode_tokens, label: g.label, ...coefficients });
      fits.push(fit);
    } catch (err) {
      failed.push({ label: g.label, error: (err as Error).message });
    }
  }
  return crossValidate(groups, failed, fits, groupKeys, features, options);
}

function checkGroups(groups: readonly GroupCoefficients[]): GroupCoefficients[] {
  if (!Array.isArray(groups)) throw new Error('coefficientScalingCv requires options.groups to be an array of group coefficients');
  groups.forEach((g, i) => {
    for (const c of ['prefill_tokens', 'decode_tokens', ...SD_COEFFICIENT_NAMES] as const) {
      if (typeof g?.[c] !== 'number' || !Number.isFinite(g[c])) throw new Error(`coefficientScalingCv requires finite options.groups[${i}].${c}`);
    }
  });
  return [...groups];
}

function crossValidate(
  groups: GroupCoefficients[],
  failed: { label: string; error: string }[],
  fits: SdFit[],
  groupKeys: readonly string[],
  features: Record<keyof SdCoefficients, LengthFeature>,
  options: CoefficientScalingOptions,
): CoefficientScalingResult {
  if (groups.length < 3) throw new Error(`coefficientScalingCv requires at least 3 fitted groups, got ${groups.length}`);
  const cv = leaveGroupsOut(
    groups,
    groupKeys,
    options.n,
    (train) => {
      const lines = SD_COEFFICIENT_NAMES.map((name) => linearLeastSquares(train.map((t) => [1, features[name](t)]), train.map((t) => t[name])));
      return (row) => Object.fromEntries(SD_COEFFICIENT_NAMES.map((name, j) => [name, lines[j][0] + lines[j][1] * features[name](row)]));
    },
    { observe: (row) => Object.fromEntries(SD_COEFFICIENT_NAMES.map((name) => [name, row[name]])), maxFolds: options.maxFolds, rng: options.rng },
  );
  return { groups, failed, fits, cv, r2: cv.r2 as Record<keyof SdCoefficients, number> };
}
