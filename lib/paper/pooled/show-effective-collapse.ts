import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { collapseDeviationStats } from '../shared/collapse-deviation-stats.js';
import { impliedBaselineCheck } from '../shared/implied-baseline-check.js';
import { settingCoefficients } from '../shared/setting-coefficients.js';
import { systemLabel } from '../shared/system-label.js';
import { countWord } from './count-words.js';
import { effectiveCollapseFigure } from './effective-collapse-figure.js';
import { effectiveCollapsePoints } from './effective-collapse-points.js';
import { effectiveCollapseVerdict } from './fig4-verdicts.js';
import type { Params } from './params.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';
import { fittedLabel } from './fitted-label.js';

/**
 * Notebook 03, Fig. 4c: every load point of the figure system normalised by the pooled C1_eff,
 * C2_eff of its own setting, on y = 1/(1 − x) (figure; the real data also with every verifier
 * together), the distance from the curve and, when the system has a run without speculation, how
 * Eq. 3's k = 0 values compare with that run's own fit (sentences), and the claim check of
 * Fig. 4c over every system.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns nothing: figures, sentences and claim go to the report
 * @throws {Error} as effectiveCollapsePoints for a pooled fit with C1_eff <= 0
 * @example
 * await effectiveCollapse(report, real, P);
 */
export async function effectiveCollapse(report: Report, data: PooledData, P: Params): Promise<void> {
  const view = POOLED_VIEWS[data.kind];
  const key = data.system.key;
  const system = systemLabel(key);
  const verifier = String(key.verifier);
  const points = effectiveCollapsePoints(data.rows, data.sdFits, { where: key, groupBy: 'k' });
  const nSettings = settingCoefficients(data.system.fit).length;
  const baseline = data.system.fit.settings.some((s) => s.k === 0 && s.c1 !== null);
  const alphas = new Set(settingCoefficients(data.system.fit).map((s) => s.alpha)).size;
  const ks = new Set(settingCoefficients(data.system.fit).map((s) => s.k)).size;
  const title =
    data.kind === 'real'
      ? `Pooled Eq. 3 collapse of every (α, k) setting (Fig. 4c), ${view.titleData}${verifier}`
      : `Pooled Eq. 3 collapse (Fig. 4c), ${view.titleData}${verifier} ${key.prefill_tokens}/${key.decode_tokens}, ${alphas} α × ${ks} k${baseline ? ' + baseline' : ''}`;
  await report.figure(
    effectiveCollapseFigure(points, {
      dataLabel: baseline ? `${fittedLabel(data)}; k = 0 is the run without speculation` : fittedLabel(data),
      system,
      id: view.collapseId,
      legendTitle: 'draft length',
      xMax: data.collapseXMax,
      title,
    }),
  );
  const systems = data.sdFits.filter((g) => g.fit !== null);
  const verifiers = new Set(systems.map((g) => g.key.verifier)).size;
  if (view.collapseAllId !== null) {
    const words = `all ${countWord(verifiers)} verifiers`;
    await report.figure(
      effectiveCollapseFigure(effectiveCollapsePoints(data.rows, data.sdFits, { groupBy: 'verifier' }), {
        dataLabel: fittedLabel(data),
        system: `${words}, each with its own six coefficients`,
        id: view.collapseAllId,
        legendTitle: 'verifier',
        xMax: data.collapseXMax,
        title: `Pooled Eq. 3 collapse, ${view.titleData}${words}`,
      }),
    );
  }
  const own = collapseDeviationStats(points);
  const per = systems.map((g) => collapseDeviationStats(effectiveCollapsePoints(data.rows, [g])).medianPct);
  report.markdown(
    `${system} (${view.name}): ${nSettings} (α, k) settings${baseline ? ' and the run without speculation' : ''} in one pooled fit; ` +
      `R² ${data.system.fit.r2.toFixed(3)}, MAPE ${(100 * data.system.fit.mape).toFixed(1)}%; its ${own.n} load points lie a median ${formatNumber(own.medianPct, 3)}% from the curve. ` +
      `Each of the ${systems.length} systems normalised by its own six coefficients: median ${formatNumber(Math.min(...per), 3)}%–${formatNumber(Math.max(...per), 3)}%.` +
      (baseline ? ` ${impliedBaselineCheck(data.system.fit, null, 'Its baseline (k = 0 in the figure)').text}` : ''),
  );
  const v = effectiveCollapseVerdict(data, P);
  report.claim({ claim: 'fig4c-effective-collapse', data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: view.collapseAllId ?? view.collapseId });
}
