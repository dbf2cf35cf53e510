import type { Report } from '../../io/create-report.js';
import { settingCoefficients } from '../shared/setting-coefficients.js';
import { systemLabel } from '../shared/system-label.js';
import { coefficientSurfaceFigure } from './coefficient-surface-figure.js';
import { smoothVerdict } from './fig4-verdicts.js';
import type { Params } from './params.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';
import { settingSmoothness } from './setting-smoothness.js';
import { settingTrends } from './setting-trends.js';
import { fittedLabel } from './fitted-label.js';

/**
 * Notebook 03, Fig. 4b: the figure system's per-setting C1 and C2 against k, one line per α
 * (figure), how they run along α and k against Eq. 3's pooled values (sentences), and the claim
 * check of Fig. 4b over every system.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns nothing: figure, sentences and claim go to the report
 * @throws {Error} as settingTrends when the system has no grid of settings
 * @example
 * await coefficientSurface(report, real, P);
 */
export async function coefficientSurface(report: Report, data: PooledData, P: Params): Promise<void> {
  const view = POOLED_VIEWS[data.kind];
  const settings = settingCoefficients(data.system.fit);
  await report.figure(
    coefficientSurfaceFigure(settings, {
      dataLabel: fittedLabel(data),
      system: systemLabel(data.system.key),
      id: view.surfaceId,
      title: `Per-setting C₁ and C₂ against k (Fig. 4b), ${view.titleData}${String(data.system.key.verifier)}`,
    }),
  );
  report.markdown(
    `${settings.length} settings, each with its own Eq. 1 fit (from the pooled fit's diagnostics). ${settingTrends(settings).text}\n\n${settingSmoothness(settings).text}`,
  );
  const v = smoothVerdict(data, P);
  report.claim({ claim: 'fig4b-smooth', data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: view.surfaceId });
}
