import type { Report } from '../../io/create-report.js';
import { systemLabel } from '../shared/system-label.js';
import { trackingVerdict } from './fig4-verdicts.js';
import type { Params } from './params.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';
import { pooledTrackingFigure } from './pooled-tracking-figure.js';
import { pooledTrackingRows } from './pooled-tracking-rows.js';
import { fittedLabel } from './fitted-label.js';

/**
 * Notebook 03, Fig. 4d: the figure system's pooled C1_eff, C2_eff against each setting's own
 * Eq. 1 fit (figure, colour by k), and the claim check of Fig. 4d over every system.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns nothing: figure, sentence and claim go to the report
 * @throws {Error} as pooledTrackingRows when the system has no fitted setting
 * @example
 * await pooledTracking(report, real, P);
 */
export async function pooledTracking(report: Report, data: PooledData, P: Params): Promise<void> {
  const view = POOLED_VIEWS[data.kind];
  const verifier = String(data.system.key.verifier);
  const tracking = pooledTrackingRows(data.sdFits, { where: data.system.key, groupBy: 'k' });
  await report.figure(
    pooledTrackingFigure(tracking, {
      dataLabel: fittedLabel(data),
      system: systemLabel(data.system.key),
      id: view.trackingId,
      legendTitle: 'draft length',
      title: `Pooled Eq. 3 values against per-setting fits (Fig. 4d), ${view.titleData}${verifier}`,
    }),
  );
  report.markdown(`${tracking.length} settings of ${verifier}; the caption gives the median relative gap between the pooled and the per-setting values.`);
  const v = trackingVerdict(data, P);
  report.claim({ claim: 'fig4d-pooled-tracks', data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: view.trackingId });
}
