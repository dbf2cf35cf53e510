import type { ClaimVerdict } from '../../io/claim-check.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { settingCoefficients } from '../shared/setting-coefficients.js';
import { shareVerdict } from '../shared/share-verdict.js';
import { PER_SETTING_VIEWS, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';

/**
 * The verdict on the paper's Fig. 2a claim ("Eq. 1 fits each (α, k) setting on its own") from
 * the R² of every setting's own Eq. 1 fit: the share of settings with R² ≥ P.claims.minR2 decides
 * (shareVerdict with P.claims.partlyShare).
 *
 * @param r2 R² of each setting's fit
 * @param what the settings, for the sentence (e.g. '240 (α, k) settings of 5 verifiers')
 * @param P the notebook's parameters (claims)
 * @returns verdict and evidence
 * @throws {Error} `shapeVerdict requires ...` for no R² values or a bad threshold
 * @example
 * shapeVerdict([0.99, 0.95], '2 settings', P).verdict; // 'partly'
 */
export function shapeVerdict(r2: readonly number[], what: string, P: Params): { verdict: ClaimVerdict; evidence: string } {
  if (!Array.isArray(r2 as unknown) || r2.length === 0 || !r2.every(Number.isFinite)) throw new Error('shapeVerdict requires finite R² values');
  const min = P.claims.minR2;
  if (!(min > 0 && min < 1)) throw new Error(`shapeVerdict requires P.claims.minR2 in (0, 1), got ${min}`);
  const nOk = r2.filter((v) => v >= min).length;
  return {
    verdict: shareVerdict(nOk, r2.length, P.claims.partlyShare),
    evidence:
      `Eq. 1 fitted to each of ${what}: R² median ${formatNumber(median(r2), 4)}, min ${formatNumber(Math.min(...r2), 4)}; ` +
      `${nOk} of ${r2.length} reach R² ≥ ${formatNumber(min, 3)} (P.claims.minR2).`,
  };
}

/**
 * Notebook 02: records the Fig. 2a claim for one data set from its per-setting fits (the real
 * data's Eq. 1 fit per configuration; else the per-setting fits inside each pooled fit, every
 * length), with a sentence.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters
 * @returns nothing: sentence and claim go to the report
 * @throws {Error} as shapeVerdict
 * @example
 * shapeClaim(report, real, P);
 */
export function shapeClaim(report: Report, data: PerSettingData, P: Params): void {
  const ok = (data.settingFits ?? []).flatMap((g) => (g.fit !== null && g.key.k !== 0 ? [g] : []));
  let r2: number[];
  let what: string;
  if (data.settingFits !== null) {
    r2 = ok.map((g) => g.fit!.r2);
    what = `${r2.length} (α, k) settings of ${new Set(ok.map((g) => g.key.verifier)).size} verifier(s)`;
  } else {
    const systems = data.sdFits.filter((g) => g.fit !== null);
    r2 = systems.flatMap((g) => settingCoefficients(g.fit!).map((s) => s.r2));
    what = `${r2.length} (α, k) settings of ${systems.length} system(s) (${[...new Set(systems.map((g) => g.key.verifier))].join(', ')}, every prefill/decode length)`;
  }
  const { verdict, evidence } = shapeVerdict(r2, what, P);
  report.markdown(`Fig. 2a claim, ${PER_SETTING_VIEWS[data.kind].name} data: ${evidence}`);
  report.claim({ claim: 'fig2a-shape', data: data.kind, verdict, evidence, figure: data.settingFits !== null ? PER_SETTING_VIEWS[data.kind].curvesId : null });
}
