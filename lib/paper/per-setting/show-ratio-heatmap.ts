import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { ratioClaims } from '../shared/ratio-claims.js';
import { ratioRows } from '../shared/ratio-rows.js';
import { systemLabel } from '../shared/system-label.js';
import { c2rTrend } from './c2r-trend.js';
import { BASELINE_WORDS, PER_SETTING_VIEWS, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';
import { ratioHeatmapFigure } from './ratio-heatmap-figure.js';
import { ratioVerdicts } from './ratio-verdicts.js';

/**
 * Notebook 02, Fig. 2b: C1R and C2R of every (α, k) setting of the data set's Fig. 2 system over
 * its non-SD baseline (measured, or implied by the pooled fit at k = 0), as a heatmap; then the
 * baseline, the paper's three claims counted on the per-setting fits, on the pooled model's own
 * values and (data with several verifiers) on every verifier, how C2R runs along k, and the
 * three claim checks.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns nothing: figure, sentences and claims go to the report
 * @throws {Error} as ratioRows when the system has no usable baseline
 * @example
 * await ratioHeatmap(report, real, P);
 */
export async function ratioHeatmap(report: Report, data: PerSettingData, P: Params): Promise<void> {
  const view = PER_SETTING_VIEWS[data.kind];
  const base = BASELINE_WORDS[data.baseline];
  const key = data.system.key;
  const system = systemLabel(key);
  const ratios = ratioRows(data.sdFits, { baseline: data.baseline, where: key });
  await report.figure(
    ratioHeatmapFigure(ratios, {
      dataLabel: `${data.label}; ${base.caption}; every fit with the ${data.lossPhrase}`,
      system,
      id: view.heatmapId,
      title: `C₁R and C₂R over (α, k) (Fig. 2b), ${view.titleData}${String(key.verifier)} ${key.prefill_tokens}/${key.decode_tokens}, ${base.short}`,
    }),
  );
  const claims = ratioClaims(ratios, P.claims.highAlpha);
  const pooled = ratioClaims(ratioRows(data.sdFits, { baseline: data.baseline, numerator: 'pooled', where: key }), P.claims.highAlpha);
  const verifiers = new Set(data.sdFits.filter((g) => g.fit !== null).map((g) => g.key.verifier));
  const all = verifiers.size > 1 ? ratioClaims(ratioRows(data.sdFits, { baseline: data.baseline }), P.claims.highAlpha) : null;
  const nAlphas = new Set(ratios.map((r) => r.alpha)).size;
  const nKs = new Set(ratios.map((r) => r.k)).size;
  const { c1Baseline: c1, c2Baseline: c2 } = ratios[0];
  report.markdown(
    `${base.short[0].toUpperCase()}${base.short.slice(1)} of ${system}: C1_D = ${formatNumber(c1, 4)} s, C2_D = ${formatNumber(c2, 4)} s/request (saturation ${formatNumber(1 / c2, 3)} requests/s); ` +
      `${ratios.length} of the ${nAlphas * nKs} settings of the ${nAlphas} α × ${nKs} k grid have a fit.\n\n` +
      `**${system}, per-setting fits over the ${base.short}:**\n\n${claims.text}\n\n${c2rTrend(ratios, P.claims.highAlpha)}\n\n` +
      `**${system}, the pooled model's own C1_eff, C2_eff over the same baseline** (smooth in α and k):\n\n${pooled.text}` +
      (all ? `\n\n**All ${verifiers.size} verifiers, per-setting fits over each one's ${base.short}:**\n\n${all.text}` : ''),
  );
  const context = `${system} (${view.name} data) over the ${base.caption}${data.baseline === 'pooled' ? ' (an extrapolation: no run without speculation)' : ''}`;
  const verdicts = ratioVerdicts(claims, context, P, all ? { label: `all ${verifiers.size} verifiers over their own ${base.short}s`, claims: all } : undefined);
  for (const [claim, v] of [['fig2b-c1r', verdicts.c1r], ['fig2b-c2r', verdicts.c2r], ['fig2b-argmin', verdicts.argmin]] as const) {
    report.claim({ claim, data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: view.heatmapId });
  }
}
