import type { Report } from '../../io/create-report.js';
import type { ClaimVerdict } from '../../io/claim-check.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { MoeFitSets } from './fit-moe-sets.js';
import { moeFits, type MoeConfigFit } from './moe-fits.js';
import { moeR2Rows } from './moe-r2-rows.js';
import type { MoeData, Params } from './moe-params.js';

/** A verdict on the Fig. 8 claim with its evidence sentence. */
export interface MoeClaimResult {
  verdict: ClaimVerdict;
  evidence: string;
}

/**
 * Judges the paper's Fig. 8 claim ("the coverage-corrected Eq. 4 fits the lower-load half far
 * better than Eq. 1") on one set of scored fits: per model the mean R² of plain Eq. 1 and of
 * Eq. 4 over its configurations; a model passes when Eq. 4 reaches minCorrectedR2 and gains at
 * least minGain over Eq. 1. Every model passes: 'holds'; some: 'partly'; none: 'fails'. The
 * evidence also gives the points per fit, since four coefficients on few points fit almost
 * anything.
 *
 * @param fits the fits of the paper's scoring (moeFits with the lower-load share)
 * @param claim minCorrectedR2 and minGain
 * @param what names the fits and their data, e.g. 'simulated data (data/sim), T = B·(k+1), lower-load half'
 * @returns the verdict and its evidence
 * @throws {Error} moeR2Rows' error when no fit succeeded
 * @example
 * moeFig8Verdict(fits.main, { minCorrectedR2: 0.976, minGain: 0.083 }, 'simulated data').verdict; // 'holds'
 */
export function moeFig8Verdict(fits: readonly MoeConfigFit[], claim: Params['claim'], what: string): MoeClaimResult {
  const rows = moeR2Rows(fits);
  const passed = rows.filter((r) => r.correctedR2 >= claim.minCorrectedR2 && r.correctedR2 - r.plainR2 >= claim.minGain);
  const points = fits.filter((f) => f.fit !== null).map((f) => f.fit!.nPoints);
  const verdict: ClaimVerdict = passed.length === rows.length ? 'holds' : passed.length > 0 ? 'partly' : 'fails';
  return {
    verdict,
    evidence:
      `On ${what}, mean R² per model, plain Eq. 1 → Eq. 4: ${rows.map((r) => `${r.model} ${r.plainR2.toFixed(3)} → ${r.correctedR2.toFixed(3)}`).join(', ')}; ` +
      `${passed.length} of ${rows.length} model(s) reach R² ≥ ${claim.minCorrectedR2} with a gain ≥ ${claim.minGain}. ` +
      `Each fit has ${formatNumber(median(points))} points in the median for Eq. 4's four coefficients.`,
  };
}

/**
 * Records notebook 07's verdicts on the Fig. 8 claim ('fig8-moe'): on the simulated data from the
 * paper's scoring (fits.main); on the real data 'untestable' when none of its verifiers has
 * routing facts in P.routing (no MoE model), else judged the same way on the real sweeps at P's
 * lengths, alpha and ks (real saturation rules: excludeSaturated's defaults).
 *
 * @param report the notebook's report
 * @param data loadMoeData output
 * @param fits fitMoeSets output
 * @param P the parameter cell
 * @returns nothing (the verdicts go to the report)
 * @throws {Error} moeR2Rows' error when the simulated fits all failed
 * @example
 * checkMoeClaims(report, data, fits, P);
 */
export function checkMoeClaims(report: Report, data: MoeData, fits: MoeFitSets, P: Params): void {
  const simulated = moeFig8Verdict(fits.main, P.claim, `simulated data (${P.simDir}), ${fits.labels.main}`);
  report.claim({ claim: 'fig8-moe', data: 'simulated', ...simulated, figure: 'tab07-moe-r2' });
  const verifiers = [...new Set(data.realRows.map((r) => r.verifier))];
  const routed = verifiers.filter((v) => v in P.routing);
  let real: MoeClaimResult;
  const realFits =
    routed.length === 0
      ? []
      : moeFits(data.realRows, {
          routing: Object.fromEntries(routed.map((v) => [v, P.routing[v]])),
          tokensPerRequest: P.tokensPerRequest,
          share: P.lowerLoadShare,
          minPoints: P.minPoints,
          loss: P.loss,
          select: { prefillTokens: P.prefill, decodeTokens: P.decode, alpha: P.alpha, ks: P.ks },
        });
  if (routed.length === 0) {
    real = {
      verdict: 'untestable',
      evidence: `The real data (${P.realDir}) hold no MoE verifier: none of its ${verifiers.length} verifier(s) (${verifiers.join(', ')}) has routing facts in P.routing.`,
    };
  } else if (!realFits.some((f) => f.fit !== null)) {
    real = {
      verdict: 'untestable',
      evidence: `The real data's MoE verifier(s) ${routed.join(', ')} have no fittable sweep at prefill ${P.prefill} / decode ${P.decode}, α = ${P.alpha}, k = ${fits.labels.ks}.`,
    };
  } else {
    real = moeFig8Verdict(realFits, P.claim, `real data (${P.realDir}), ${fits.labels.main}`);
  }
  report.claim({ claim: 'fig8-moe', data: 'real', ...real, figure: null });
}
