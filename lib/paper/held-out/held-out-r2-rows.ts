import type { TidyRow } from '../../data/tidy-schema.js';
import type { HeldOutR2Row } from './held-out-r2-figure.js';
import type { CoefficientScalingOptions, GroupCoefficients, LengthFeature } from '../../fit/coefficient-scaling-cv.js';
import { coefficientScalingCv } from '../../fit/coefficient-scaling-cv.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { groupRows } from '../../data/verbs/group-rows.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { createRng } from '../../random/create-rng.js';
import { modelLabels } from '../shared/model-labels.js';

/** A held-out R² row with the held-out MAPE of the same predictions. */
export interface HeldOutRow extends HeldOutR2Row {
  /** Mean absolute percentage error of the held-out predictions (%); NaN when an observed value is 0. */
  mapePct: number;
}

/** How one (model, n) cross-validation went. */
export interface HeldOutRun {
  model: string;
  /** The verifier's name (model may add a drafter or hardware). */
  verifier: string;
  n: number;
  /** Length groups with a pooled fit, and the labels of those whose fit failed. */
  nGroups: number;
  failedGroups: string[];
  /** Folds run, of C(nGroups, n) combinations; sampled when fewer. */
  nFolds: number;
  nCombinations: number;
  sampled: boolean;
  /** Folds whose line fit failed. */
  failedFolds: number;
}

/** Options of {@link heldOutR2Rows}. */
export interface HeldOutR2RowsOptions {
  /** Groups held out per fold (the paper: [1, 2, 4]). */
  ns: readonly number[];
  /** At most this many folds per (model, n), drawn with a seeded Rng when there are more (default 2000: every fold of 16 choose 4 = 1820). */
  maxFolds?: number;
  /** Seed of the fold sampling (default 1); each (model, n) gets its own fork. */
  seed?: number;
  /** Options of each length group's pooled fit. */
  fitOptions?: CoefficientScalingOptions['fitOptions'];
  /** Coefficients to report (default all six). */
  coefficients?: readonly string[];
  /**
   * Weight w of the decode length in the feature of c1_v, c1_d, c2_v, c2_d, prefill + w·decode
   * (default coefficientScalingCv's, 0.5: the paper's time-averaged KV-cache length); c*_p use prefill.
   */
  decodeWeight?: number;
}

/** The pooled coefficients of every length group of one model (the points the cross-validation lines are fitted to). */
export interface HeldOutGroups {
  model: string;
  /** The `source` of the system's first row with speculation (simulated rows: `sim:<registry name>:seed=<S>`). */
  source: string;
  groups: GroupCoefficients[];
  /** The pooled fit of each length group, in the order of `groups` (points and residuals). */
  fits: SdFit[];
}

/**
 * Fig. 7 over several models: for each system (verifier, drafter, hardware; baseline rows of the
 * same verifier and hardware join it) and each n, coefficientScalingCv fits the pooled Eq. 3
 * coefficients per (prefill, decode) group (once per system, reused for every n), predicts held-out groups' coefficients from lines in
 * their length features (c*_p: prefill; the others: prefill + 0.5·decode) and reports the
 * held-out R² per coefficient. Systems with fewer than n + 3 length groups are skipped.
 *
 * @param rows tidy rows of any systems over several lengths
 * @param options ns, maxFolds, seed, fitOptions, coefficients
 * @returns `rows` (held-out R² and MAPE per model, coefficient, n), `runs` (fold bookkeeping), `groups` (each
 *   model's pooled coefficients and fits per length group, with its first row's source) and `text` (markdown, one line per model: groups fitted and folds run per n)
 * @throws {Error} `heldOutR2Rows requires ...` for a non-array, bad ns, a negative decodeWeight, or no system with enough groups
 * @example
 * heldOutR2Rows(simRows, { ns: [1, 2, 4] }).rows.filter((r) => r.coefficient === 'c2_v');
 */
export function heldOutR2Rows(
  rows: readonly TidyRow[],
  options: HeldOutR2RowsOptions,
): { rows: HeldOutRow[]; runs: HeldOutRun[]; groups: HeldOutGroups[]; text: string } {
  const fn = 'heldOutR2Rows';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of tidy rows`);
  const ns = options?.ns;
  if (!Array.isArray(ns) || ns.length === 0 || !ns.every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`${fn} requires options.ns to be integers >= 1`);
  const maxFolds = options.maxFolds ?? 2000;
  const coefficients = options.coefficients ?? SD_COEFFICIENT_NAMES;
  const rng = createRng(options.seed ?? 1);
  const w = options.decodeWeight;
  if (w !== undefined && !(Number.isFinite(w) && w >= 0)) throw new Error(`${fn} requires options.decodeWeight >= 0, got ${w}`);
  const effective: LengthFeature = (l) => l.prefill_tokens + (w as number) * l.decode_tokens;
  const features = w === undefined ? undefined : { c1_v: effective, c1_d: effective, c2_v: effective, c2_d: effective };
  const groups: HeldOutGroups[] = [];
  const sd = groupRows(
    rows.filter((r) => r.k > 0),
    ['verifier', 'drafter', 'hardware'],
  );
  const labels = modelLabels(sd.map((g) => g.key));
  const out: HeldOutRow[] = [];
  const runs: HeldOutRun[] = [];
  sd.forEach((system, si) => {
    const own = [...system.rows, ...rows.filter((r) => r.k === 0 && r.verifier === system.key.verifier && r.hardware === system.key.hardware)];
    const nLengths = new Set(own.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`)).size;
    let fitted: ReturnType<typeof coefficientScalingCv> | null = null;
    for (const n of ns) {
      const foldRng = rng.fork();
      if (nLengths < n + 3) continue;
      // The first n fits the pooled coefficients of every length group; later n reuse them.
      const cv: ReturnType<typeof coefficientScalingCv> = fitted
        ? coefficientScalingCv([], { n, maxFolds, rng: foldRng, groups: fitted.groups, features })
        : coefficientScalingCv(own, { n, maxFolds, rng: foldRng, fitOptions: options.fitOptions, features });
      if (fitted === null) groups.push({ model: labels[si], source: String(system.rows[0].source), groups: cv.groups, fits: cv.fits });
      fitted = fitted ?? cv;
      for (const c of coefficients) out.push({ model: labels[si], coefficient: c, n, r2: (cv.r2 as Record<string, number>)[c], mapePct: 100 * cv.cv.mape[c] });
      runs.push({
        model: labels[si],
        verifier: system.key.verifier as string,
        n,
        nGroups: fitted.groups.length,
        failedGroups: fitted.failed.map((f) => f.label),
        nFolds: cv.cv.folds.length,
        nCombinations: cv.cv.nCombinations,
        sampled: cv.cv.sampled,
        failedFolds: cv.cv.folds.filter((f) => f.error !== null).length,
      });
    }
  });
  if (out.length === 0) throw new Error(`${fn} requires at least one system with n + 3 or more length groups`);
  const models = [...new Set(runs.map((r) => r.model))];
  const text = models
    .map((model) => {
      const mine = runs.filter((r) => r.model === model);
      const failed = mine[0].failedGroups;
      const folds = mine.map((r) => `n = ${r.n}: ${r.nFolds}${r.sampled ? ` sampled of ${r.nCombinations}` : ' (all)'} folds${r.failedFolds > 0 ? `, ${r.failedFolds} failed` : ''}`);
      return `- ${model}: ${mine[0].nGroups} length groups fitted${failed.length > 0 ? ` (${failed.length} failed: ${failed.join('; ')})` : ''}; ${folds.join(', ')}.`;
    })
    .join('\n');
  return { rows: out, runs, groups, text };
}
