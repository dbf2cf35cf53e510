import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { singlePairVerdict } from './fig4-verdicts.js';
import type { Params } from './params.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';
import { pooledVsSingleData } from './pooled-vs-single-data.js';
import { pooledVsSingleFigure } from './pooled-vs-single-figure.js';
import { fittedLabel } from './fitted-label.js';

/**
 * Notebook 03, Fig. 4a: every load point of the figure system's settings against the one Eq. 1
 * curve fitted to all of them at once (figure), the pair's fit quality against the pooled fit's
 * (sentence), and the claim check of Fig. 4a over every system.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns nothing: figure, sentence and claim go to the report
 * @throws {Error} as pooledVsSingleData when the system has no single-pair fit
 * @example
 * await singlePair(report, real, P);
 */
export async function singlePair(report: Report, data: PooledData, P: Params): Promise<void> {
  const view = POOLED_VIEWS[data.kind];
  const verifier = String(data.system.key.verifier);
  const single = pooledVsSingleData(data.rows, data.singleFits, { where: data.system.key });
  await report.figure(
    pooledVsSingleFigure(single, { dataLabel: fittedLabel(data), system: single.system, id: view.singleId, legendTitle: 'draft length', title: `One (C₁, C₂) pair for all settings (Fig. 4a), ${view.titleData}${verifier}` }),
  );
  const { r2, mapePct } = single.fit;
  if (r2 === undefined || mapePct === undefined) throw new Error(`pooled: the single-pair fit of ${single.system} has no R² or MAPE`);
  const pooledPct = data.system.fit.mape * 100;
  const times = mapePct / pooledPct;
  const ratio = P.claims.singlePairMapeRatio;
  report.markdown(
    `One pair for all settings of ${single.system}: R² ${r2.toFixed(3)}, MAPE ${mapePct.toFixed(1)}% against ${pooledPct.toFixed(1)}% for its pooled Eq. 3 fit ` +
      (times >= ratio
        ? `(${formatNumber(times, 3)}×): the settings' curves differ by more than a single Eq. 1 curve can absorb.`
        : `(${formatNumber(times, 3)}×, less than the ${formatNumber(ratio, 3)}× of P.claims.singlePairMapeRatio): a single curve describes these settings nearly as well.`) +
      ' The table above has every verifier.',
  );
  const v = singlePairVerdict(data, P);
  report.claim({ claim: 'fig4a-single-pair', data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: view.singleId });
}
