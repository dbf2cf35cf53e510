import type { TidyRow } from '../../data/tidy-schema.js';
import { formatNumber } from '../../util/format-number.js';
import type { Report } from '../../io/create-report.js';
import { sweepLoadCoverage, type SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import { heldOutClaims } from './held-out-claims.js';
import { heldOutMapeTable } from './held-out-mape-table.js';
import { heldOutR2Figure } from './held-out-r2-figure.js';
import { heldOutR2Rows } from './held-out-r2-rows.js';
import { heldOutR2Table } from './held-out-r2-table.js';
import type { HeldOutData } from './load-held-out-data.js';
import type { Params } from './params.js';

type Cv = ReturnType<typeof heldOutR2Rows>;
type Claims = ReturnType<typeof heldOutClaims>;

/** The cross-validation of one set of length pairs, with the Fig. 7 claim judged on it. */
export interface HeldOutResult {
  cv: Cv;
  /** The paper's claim (c2_p and c2_v), and c2_p alone. */
  claims: Claims;
  c2pClaims: Claims;
}

/**
 * Leave-n-out cross-validation of the coefficients' length models over rows of several length
 * pairs (heldOutR2Rows with P's ns, folds, seed, exclusion, loss and decode weight), and the Fig. 7
 * claim judged on it for c2_p and c2_v together and for c2_p alone (threshold P.threshold, models
 * of P.minParamsB and up).
 *
 * @param rows simulated rows of several length pairs
 * @param nPairs the pairs the rows hold (each n of P.ns must leave at least 3 for training)
 * @param label caption label of the rows
 * @param P the notebook's parameters
 * @returns the cross-validation and the claims
 * @throws {Error} `heldOut: P.ns <n> leaves fewer than 3 training pairs of the <N> ...`, or as heldOutR2Rows
 * @example
 * heldOutResult(data.rows, data.nPairs, data.label, P).claims.largePassing;
 */
export function heldOutResult(rows: readonly TidyRow[], nPairs: number, label: string, P: Params): HeldOutResult {
  for (const n of P.ns) {
    if (!Number.isInteger(n) || n < 1 || n + 3 > nPairs) {
      throw new Error(`heldOut: P.ns ${n} leaves fewer than 3 training pairs of the ${nPairs} prefill/decode pairs of ${label} (held-out counts 1 to ${nPairs - 3} work)`);
    }
  }
  const cv = heldOutR2Rows(rows, { ns: P.ns, maxFolds: P.maxFolds, seed: P.seed, fitOptions: { exclusion: P.simExclusion, loss: P.loss }, decodeWeight: P.decodeWeight });
  const options = { dataLabel: label, threshold: P.threshold, minParamsB: P.minParamsB };
  return { cv, claims: heldOutClaims(cv.rows, cv.runs, options), c2pClaims: heldOutClaims(cv.rows, cv.runs, { ...options, coefficients: ['c2_p'] }) };
}

/**
 * Notebook 05's cross-validation over the whole grid: what was fitted and how many folds ran per
 * model, and how far the sweeps go up the load curve and how many requests complete inside the
 * benchmark window per decode length (sweepLoadCoverage, the window read from the rows).
 *
 * @param report the notebook's report
 * @param data loadHeldOutData output
 * @param P the notebook's parameters
 * @returns the cross-validation with its claims, and the coverage rows
 * @throws {Error} as heldOutResult
 * @example
 * const full = step.crossValidate(report, data, P);
 */
export function crossValidateSection(report: Report, data: HeldOutData, P: Params): HeldOutResult & { coverage: SweepLoadCoverageRow[] } {
  const result = heldOutResult(data.rows, data.nPairs, data.label, P);
  const coverage = sweepLoadCoverage(data.rows, { exclusion: P.simExclusion });
  report.markdown(
    `Cross-validation runs on ${data.rows.length} simulated benchmarks (${data.fitsLabel}); the lines predict c1_p and c2_p from the prefill length p, ` +
      `c1_v, c1_d, c2_v and c2_d from p + ${formatNumber(P.decodeWeight)}·g:\n${result.cv.text}\n\n` +
      `How far the sweeps go up the load curve (u = 1 − L_sync / L_max after the exclusion rules) and how many requests complete inside ${data.window.text}, per decode length:\n` +
      coverage.text,
  );
  return { ...result, coverage: coverage.rows };
}

/**
 * Notebook 05's Fig. 7 over the whole grid: the held-out R² figure (fig07-held-out-r2-sim), the
 * R² and MAPE tables, and the claim lines per model.
 *
 * @param report the notebook's report
 * @param data loadHeldOutData output
 * @param full crossValidateSection's result
 * @param P the notebook's parameters (threshold)
 * @returns nothing
 * @example
 * await step.fig7(report, data, full, P);
 */
export async function fig7Section(report: Report, data: HeldOutData, full: HeldOutResult, P: Params): Promise<void> {
  const rows = full.cv.rows;
  await report.figure(
    heldOutR2Figure(rows, {
      dataLabel: data.label,
      threshold: P.threshold,
      title: `Held-out R² in leave-n-out cross-validation: SIMULATED, ${data.nPairs} length pairs`,
      id: 'fig07-held-out-r2-sim',
    }),
  );
  report.table(heldOutR2Table(rows, { dataLabel: data.label, threshold: P.threshold, id: 'tab05-held-out-r2-sim' }));
  report.table(heldOutMapeTable(rows, { dataLabel: data.label, id: 'tab05-held-out-mape-sim' }));
  report.markdown(full.claims.text);
}

/**
 * Notebook 05's short half of the grid (decode lengths P.shortDecodes): the same cross-validation,
 * its R² table (tab05-held-out-r2-sim-short-decode), and the claim lines for c2_p and c2_v and for
 * c2_p alone.
 *
 * @param report the notebook's report
 * @param data loadHeldOutData output
 * @param P the notebook's parameters
 * @returns the cross-validation with its claims
 * @throws {Error} as heldOutResult (e.g. an n that leaves too few of the short half's pairs)
 * @example
 * const short = step.shortHalf(report, data, P);
 */
export function shortHalfSection(report: Report, data: HeldOutData, P: Params): HeldOutResult {
  const result = heldOutResult(data.shortRows, data.nShortPairs, data.shortLabel, P);
  report.table(heldOutR2Table(result.cv.rows, { dataLabel: data.shortLabel, threshold: P.threshold, id: 'tab05-held-out-r2-sim-short-decode' }));
  report.markdown(`${result.claims.text}\n\n${result.c2pClaims.text}`);
  return result;
}
