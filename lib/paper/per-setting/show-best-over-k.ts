import type { Report } from '../../io/create-report.js';
import { bestOverKFigure } from '../shared/best-over-k-figure.js';
import { ratioClaims } from '../shared/ratio-claims.js';
import { ratioRows } from '../shared/ratio-rows.js';
import { BASELINE_WORDS, PER_SETTING_VIEWS, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';
import { bestOverKVerdict } from './ratio-verdicts.js';

/**
 * Notebook 02, Fig. 3: for every prefill/decode length of the Fig. 2 system in the data set, the
 * smallest C1R and C2R over k against α (figure), the values or the claim counts (sentences), and
 * the claim check of Fig. 3.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (claims)
 * @returns nothing: figure, sentences and claim go to the report
 * @throws {Error} as ratioRows when a length has no usable baseline
 * @example
 * await bestOverK(report, sim, P);
 */
export async function bestOverK(report: Report, data: PerSettingData, P: Params): Promise<void> {
  const view = PER_SETTING_VIEWS[data.kind];
  const base = BASELINE_WORDS[data.baseline];
  const { verifier, drafter, hardware } = data.system.key;
  const ratios = ratioRows(data.sdFits, { baseline: data.baseline, where: { verifier, drafter, hardware } });
  const nLengths = new Set(ratios.map((r) => `${r.prefillTokens}/${r.decodeTokens}`)).size;
  const several = nLengths > 1;
  await report.figure(
    bestOverKFigure(ratios, {
      dataLabel: `${data.label}, ${String(verifier)}; ${base.caption}${several ? ' per length' : ''}; every fit with the ${data.lossPhrase}`,
      id: view.bestId,
      title: `Best-over-k C₁R and C₂R against α (Fig. 3), ${view.titleData}${String(verifier)}${several ? ', every length' : ''}`,
    }),
  );
  const claims = ratioClaims(ratios, P.claims.highAlpha);
  report.markdown(
    `**Best over k, ${String(verifier)} (${view.name}, ${base.short}, ${nLengths} prefill/decode length(s)):**\n\n${several ? claims.text : claims.bestText}`,
  );
  const v = bestOverKVerdict(claims, `${String(verifier)} (${view.name} data) over the ${base.caption}`, P);
  report.claim({ claim: 'fig3-best-over-k', data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: view.bestId });
}
