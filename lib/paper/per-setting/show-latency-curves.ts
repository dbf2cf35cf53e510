import type { Report } from '../../io/create-report.js';
import { curveOrder } from './curve-order.js';
import { latencyCurveData } from './latency-curve-data.js';
import { latencyCurvesFigure } from './latency-curves-figure.js';
import { PER_SETTING_VIEWS, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';
import { shapeClaim } from './shape-claim.js';

/**
 * Notebook 02, Fig. 2a: the measured points and each setting's own Eq. 1 curve for the settings
 * P.curves names of the Fig. 2 verifier (one panel per α, colour by k), how the longest draft's
 * curve lies against the shortest's in each panel, and the claim check of Fig. 2a.
 *
 * @param report the notebook's report
 * @param data loadReal output (needs per-setting Eq. 1 fits)
 * @param P the notebook's parameters (verifier, curves, claims)
 * @returns nothing: figure, sentences and claim go to the report
 * @throws {Error} `per-setting: latencyCurves requires per-setting Eq. 1 fits` for data without them
 * @example
 * await latencyCurves(report, real, P);
 */
export async function latencyCurves(report: Report, data: PerSettingData, P: Params): Promise<void> {
  if (data.settingFits === null) throw new Error('per-setting: latencyCurves requires per-setting Eq. 1 fits (loadReal)');
  const view = PER_SETTING_VIEWS[data.kind];
  const curves = latencyCurveData(data.rows, data.settingFits, { where: { verifier: P.verifier }, ks: P.curves.ks, alphas: P.curves.alphas });
  await report.figure(
    latencyCurvesFigure(curves, {
      dataLabel: `${data.label}, ${P.verifier}`,
      fitLabel: `Eq. 1 fitted separately per setting with the ${data.lossPhrase}`,
      id: view.curvesId,
      legendTitle: 'draft length',
      height: 460,
      title: `Eq. 1 fitted per setting (Fig. 2a), ${view.titleData}${P.verifier}`,
    }),
  );
  report.markdown(
    `${curves.fits.length} of the ${P.verifier} settings are shown (${curves.points.length} load points); the table of notebook 01 lists every setting's C1, C2, R² and MAPE.\n\n` +
      curveOrder(curves).text,
  );
  shapeClaim(report, data, P);
}
