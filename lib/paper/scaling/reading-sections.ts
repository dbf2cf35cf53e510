import type { Report } from '../../io/create-report.js';
import type { TidyRow } from '../../data/tidy-schema.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { benchmarkWindow } from '../shared/benchmark-window.js';
import { modelLabels } from '../shared/model-labels.js';
import { gridStepCostEvidence, type ModelFits } from '../shared/step-cost-reading.js';
import type { CoverageResult, Fig6Result, OfferedResult } from './fig6-sections.js';
import { fig6Reading } from './fig6-reading.js';
import type { ScalingData } from './load-scaling-data.js';
import type { Params } from './params.js';
import type { SimFig5 } from './sim-fig5.js';
import { simSizeReading } from './size-reading.js';

/**
 * Shows how to read the simulated Fig. 5 (simSizeReading), when any of its bullets applies.
 *
 * @param report the notebook's report
 * @param sims fig5SimSection's results
 * @returns the Markdown shown ('' when nothing applies)
 * @example
 * step.fig5SimReading(report, sims);
 */
export function fig5SimReadingSection(report: Report, sims: readonly SimFig5[]): string {
  const bullets = simSizeReading(sims);
  if (bullets === '') return '';
  const text = `**Reading the simulated Fig. 5** (where a simulated coefficient does not scale like the paper's, the verdict says something about the simulator or the measurement):\n\n${bullets}`;
  report.markdown(text);
  return text;
}

/** Fig. 6's pooled fits per model (labelled as lengthScalingPoints labels them), with the source of each model's first row with speculation. */
function modelFitsOf(fig6: Fig6Result, rows: readonly TidyRow[]): ModelFits[] {
  const fitted = fig6.fits.filter((g): g is typeof g & { fit: SdFit } => g.fit !== null && g.key?.drafter !== '');
  const labels = modelLabels(fitted.map((g) => g.key));
  const out: ModelFits[] = [];
  fitted.forEach((g, i) => {
    let m = out.find((x) => x.model === labels[i]);
    if (m === undefined) {
      const row = rows.find((r) => r.k > 0 && r.verifier === g.key.verifier && r.drafter === g.key.drafter && r.hardware === g.key.hardware);
      m = { model: labels[i], source: String(row?.source ?? ''), fits: [] };
      out.push(m);
    }
    (m.fits as SdFit[]).push(g.fit);
  });
  return out;
}

/**
 * Shows the reading of Fig. 6 (fig6Reading) with the benchmark window read from the grid's rows and
 * the simulated step cost's linearity in the batch for the models whose c2_v misses its line
 * (gridStepCostEvidence at the grid's median k and context range).
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param fig6 fig6Section's result
 * @param coverage coverageSection's result
 * @param offered offeredRatesSection's result
 * @param P the notebook's parameters
 * @returns the Markdown shown
 * @example
 * step.fig6Reading(report, data, fig6, coverage, offered, P);
 */
export function fig6ReadingSection(report: Report, data: ScalingData, fig6: Fig6Result, coverage: CoverageResult, offered: OfferedResult, P: Params): string {
  const models = modelFitsOf(fig6, data.gridRows);
  const missing = models.map((m) => m.model).filter((m) => !fig6.claims.c2vLinearModels.includes(m));
  const steps = gridStepCostEvidence(models, missing, data.gridRows, P.gridSettings.k, P.decodeWeight);
  const text = fig6Reading(fig6, coverage, offered, benchmarkWindow(data.gridRows), P, steps);
  report.markdown(text);
  return text;
}
