import { identifiedSdGroupFits } from '../../fit/identified-sd-coefficients.js';
import * as path from 'node:path';
import type { TidyRow } from '../../data/tidy-schema.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { filterRows } from '../../data/verbs/filter-rows.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import type { IdentifiedSdFit } from '../../fit/identified-sd-coefficients.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import { checkParamValues } from '../shared/check-param-values.js';
import { checkLossParam, fitLossPhrase } from '../shared/fit-loss-param.js';
import { loadSimGrid } from '../shared/load-sim-grid.js';
import { describeRows } from './describe-rows.js';
import type { Params } from './params.js';

/** Notebook 04's data: the real measurements fitted, and the simulated rows. */
export interface ScalingData {
  realRows: TidyRow[];
  /** One pooled Eq. 3 fit per real verifier (default saturation rules, P.loss). */
  realFits: GroupFit<IdentifiedSdFit>[];
  /** The loss of every pooled fit of the notebook (P.loss, checked). */
  loss: FitLoss;
  /** How captions name the fits, e.g. 'pooled Eq. 3 fits with the relative loss (residuals divided by the measured latency)'. */
  fitsLabel: string;
  /** Caption label of the real data: P.realLabel (dataset: models + drafter, GPU, lengths; the fits). */
  realLabel: string;
  /** The real data's prefill/decode pair, e.g. { prefill: 512, decode: 128 }. */
  realLengths: { prefill: number; decode: number };
  /** Every simulated row of P.simSystems. */
  simRows: TidyRow[];
  /** The simulated rows of Fig. 6's grid: P.gridLengths × P.gridSettings. */
  gridRows: TidyRow[];
}

const STEP = 'scaling';

/**
 * How notebook 04's captions name its pooled fits and their loss.
 *
 * @param loss P.loss
 * @returns e.g. 'pooled Eq. 3 fits with the relative loss (residuals divided by the measured latency)'
 * @throws {Error} as fitLossPhrase for an unknown loss
 * @example
 * pooledFitsLabel('absolute'); // "pooled Eq. 3 fits with the absolute loss (residuals in seconds, the paper's curve_fit)"
 */
export function pooledFitsLabel(loss: FitLoss): string {
  return `pooled Eq. 3 fits with the ${fitLossPhrase(loss)}`;
}

/**
 * Loads notebook 04's data and checks every data parameter on the way: the simulated systems
 * against the data set's plan, the grid's lengths and settings, the short half's decode lengths
 * and each Fig. 5 workload against the simulated rows. The real data are fitted here (one pooled
 * Eq. 3 fit per verifier); they must hold one prefill/decode pair (Fig. 5 compares models at one).
 *
 * @param P the notebook's parameters
 * @returns the real fits and label, the simulated rows and the grid's rows
 * @throws {Error} `scaling: P.<name> <value> is not in the <data> (<values>: ...)`, `scaling: P.loss ... is not a loss (...)`,
 *   `scaling: the real data ...` for several length pairs, or the loaders' errors for missing files
 * @example
 * const data = await loadScalingData(P);
 */
export async function loadScalingData(P: Params): Promise<ScalingData> {
  if (P === null || typeof P !== 'object') throw new Error(`${STEP}: load requires the parameter object P`);
  const loss = checkLossParam(STEP, 'P.loss', P.loss);
  const fitsLabel = pooledFitsLabel(loss);
  const realRows = await loadSpeculatorsScaling(P.realDir);
  const pairs = [...new Set(realRows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`))];
  if (pairs.length !== 1) throw new Error(`${STEP}: the real data must hold one prefill/decode pair for Fig. 5, they hold ${pairs.join(', ')}`);
  const realFits = identifiedSdGroupFits(fitGroups(realRows, { model: 'sd', loss }));
  const { all: simRows, grid: gridRows } = await loadSimGrid({
    step: STEP,
    ...P,
    lengths: P.gridLengths,
    settings: P.gridSettings,
    names: { lengths: 'gridLengths', settings: 'gridSettings' },
  });
  const data = 'simulated data of P.simSystems';
  P.fig5Workloads.forEach((w, i) => {
    checkParamValues(w.prefill_tokens, simRows.map((r) => r.prefill_tokens), { step: STEP, name: `fig5Workloads[${i}].prefill_tokens`, data, plural: 'prefill lengths' });
    checkParamValues(w.decode_tokens, filterRows(simRows, { prefill_tokens: w.prefill_tokens }).map((r) => r.decode_tokens), {
      step: STEP,
      name: `fig5Workloads[${i}].decode_tokens`,
      data: `${data} at prefill ${w.prefill_tokens}`,
      plural: 'decode lengths',
    });
  });
  const first = realRows[0];
  return {
    realRows,
    realFits,
    loss,
    fitsLabel,
    realLabel: `${P.realLabel} (${path.basename(path.resolve(P.realDir))}: ${describeRows(realRows)}); ${fitsLabel}`,
    realLengths: { prefill: first.prefill_tokens, decode: first.decode_tokens },
    simRows,
    gridRows,
  };
}
