// Step 10, your measurements: the advice of `speclat advise` and the figures of `speclat report`
// on the user's own sweeps (notebook 10-your-measurements).
import type { TidyRow } from '../../data/tidy-schema.js';
import { loadMeasurements } from '../../data/load-measurements.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { Report } from '../../io/create-report.js';
import { checkLossParam } from '../shared/fit-loss-param.js';
import type { Advice, AdviseOptions } from './advise.js';
import { advise } from './advise.js';
import { adviceCollapseFigure, adviceFitsFigure, adviceResidualsFigure, adviceSpeedupFigure } from './advice-figures.js';
import { adviceTables } from './advice-tables.js';
import { adviceText } from './advice-text.js';
import { measuredHitRate } from './measured-hit-rate.js';

export { createReport } from '../../io/create-report.js';
export { advise } from './advise.js';
export { adviceJson } from './advice-json.js';
export { measuredHitRate } from './measured-hit-rate.js';

/** The parameter cell of notebook 10. */
export interface Params {
  /** Measurement files or folders (GuideLLM, vLLM bench, tidy CSV). */
  files: string[];
  /** Keep only rows of this verifier (null: the files must hold one). */
  verifier: string | null;
  /** Keep only SD rows with this alpha (forced-acceptance studies; null: all). */
  alpha: number | null;
  /** Loads to advise at (null: a grid up to the highest measured load). */
  loads: number[] | null;
  /** Mean-latency SLO (s) for the capacity, or null. */
  sloLatencyS: number | null;
  /** Longest draft length covered per drafter (null: its longest measured). */
  maxK: number | null;
  /** Largest batch of the vLLM schedule. */
  maxBatch: number;
  /** Loss of every fit: 'relative' (residuals divided by the measured latency) or 'absolute' (residuals in seconds, the paper's curve_fit). */
  loss: FitLoss;
  /** How the data are named in captions. */
  dataLabel: string;
}

/** What {@link load} returns. */
export interface YourData {
  rows: TidyRow[];
  advice: Advice;
}

/**
 * Loads the files, applies the verifier and alpha selections and computes the advice.
 *
 * @param P the parameters
 * @returns rows and advice
 * @throws {Error} `your-data: P.verifier X is not in the data (verifiers: ...)`, the same for P.alpha,
 *   `your-data: P.loss ... is not a loss (...)`, and advise's messages
 * @example
 * const data = await load(P);
 */
export async function load(P: Params): Promise<YourData> {
  const loss = checkLossParam('your-data', 'P.loss', P.loss);
  let rows = await loadMeasurements(P.files);
  if (P.verifier !== null) {
    const verifiers = [...new Set(rows.map((r) => r.verifier))];
    if (!verifiers.includes(P.verifier)) throw new Error(`your-data: P.verifier ${P.verifier} is not in the data (verifiers: ${verifiers.join(', ')})`);
    rows = rows.filter((r) => r.verifier === P.verifier);
  }
  if (P.alpha !== null) {
    const alphas = [...new Set(rows.filter((r) => r.k > 0).map((r) => r.alpha))].sort();
    if (!alphas.includes(P.alpha)) throw new Error(`your-data: P.alpha ${P.alpha} is not in the data (alphas: ${alphas.join(', ')})`);
    rows = rows.filter((r) => r.k === 0 || r.alpha === P.alpha);
  }
  const options: AdviseOptions = { sloLatencyS: P.sloLatencyS, maxBatch: P.maxBatch, loss };
  if (P.loads !== null) options.loads = P.loads;
  if (P.maxK !== null) options.maxK = P.maxK;
  return { rows, advice: advise(rows, options) };
}

/**
 * Shows the fits, residuals, collapse, speedup and best configuration against load, the advice
 * tables, the schedule, the advice as text and the measured hit rate.
 *
 * @param report where outputs go
 * @param data what load returned
 * @param P the parameters
 * @returns nothing
 * @example
 * await showAdvice(report, data, P);
 */
export async function showAdvice(report: Report, data: YourData, P: Params): Promise<void> {
  const a = data.advice;
  for (const figure of [adviceFitsFigure(a, P.dataLabel), adviceResidualsFigure(a, P.dataLabel), adviceCollapseFigure(a, P.dataLabel), adviceSpeedupFigure(a, P.dataLabel)]) {
    await report.figure(figure);
  }
  for (const table of adviceTables(a, P.dataLabel)) report.table(table);
  report.markdown(`\`\`\`\n${adviceText(a)}\`\`\``);
  const h = measuredHitRate(a);
  report.markdown(
    h.n === 0
      ? 'No measured load has two or more measured configurations around it: the hit rate cannot be checked.'
      : `At ${h.n} measured loads with two or more measured configurations, the configuration the model names fastest is the measured fastest at ${h.hits} (${((100 * h.hits) / h.n).toFixed(0)}%) and within noise at ${h.withinNoise} (${((100 * h.withinNoise) / h.n).toFixed(0)}%); ${h.noiseDefinition}.`,
  );
}
