import type { ClaimVerdict } from '../../io/claim-check.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import type { HeldOutModelClaim } from './held-out-claims.js';
import { heldOutResult, type HeldOutResult } from './cross-validation-section.js';
import type { HeldOutData } from './load-held-out-data.js';
import type { Params } from './params.js';

/** A verdict on fig7-held-out for one kind of data. */
export interface HeldOutVerdict {
  data: 'real' | 'simulated';
  verdict: ClaimVerdict;
  evidence: string;
  figure: string | null;
}

/**
 * The fig7-held-out verdict from a cross-validation: 'holds' when every system of P.minParamsB and
 * up reaches P.threshold for c2_p and c2_v at every n, 'fails' when none does, 'partly' otherwise,
 * 'untestable' without such a system. The evidence counts them, names the passing ones and gives
 * the best smallest R² of each coefficient among them.
 *
 * @param result heldOutResult of the data
 * @param kind which data
 * @param nPairs the length pairs cross-validated
 * @param P threshold, minParamsB, ns
 * @returns the verdict and its evidence
 * @example
 * heldOutVerdict(full, 'simulated', 16, P).verdict; // 'fails'
 */
export function heldOutVerdict(result: HeldOutResult, kind: 'real' | 'simulated', nPairs: number, P: Pick<Params, 'threshold' | 'minParamsB' | 'ns'>): Omit<HeldOutVerdict, 'figure'> {
  const minB = `${formatNumber(P.minParamsB)}B`;
  const large = result.claims.models.filter((m) => m.large);
  if (large.length === 0) return { data: kind, verdict: 'untestable', evidence: `No ${kind} system of ${minB} and up was cross-validated.` };
  const passing = large.filter((m) => m.pass);
  const verdict: ClaimVerdict = passing.length === large.length ? 'holds' : passing.length === 0 ? 'fails' : 'partly';
  const coefficients = large[0].mins.map((x) => x.c);
  const best = coefficients.map((c) => {
    const of = (m: HeldOutModelClaim): number => m.mins.find((x) => x.c === c)?.min ?? Number.NaN;
    const top = large.reduce((a, b) => (of(b) > of(a) ? b : a));
    return `${c} ${formatNumber(of(top), 3)} (${top.model})`;
  });
  return {
    data: kind,
    verdict,
    evidence:
      `Held-out R² ≥ ${formatNumber(P.threshold)} for ${coefficients.join(' and ')} at every n ∈ {${P.ns.join(', ')}} on ${passing.length} of ${large.length} ${kind} system(s) of ${minB} and up ` +
      `over ${nPairs} prefill/decode pairs${passing.length > 0 ? ` (${passing.map((m) => m.model).join('; ')})` : ''}; the highest smallest R² over n is ${best.join(', ')}.`,
  };
}

/**
 * Records notebook 05's verdicts on fig7-held-out: on the simulated data from the cross-validation
 * over the whole grid (figure fig07-held-out-r2-sim); on the real data 'untestable' when they hold
 * fewer length pairs than the largest n of P.ns needs (n + 3), else the same cross-validation on them.
 *
 * @param report the notebook's report (created with its notebook name)
 * @param data loadHeldOutData output
 * @param full crossValidateSection's result
 * @param P the notebook's parameters
 * @returns both verdicts, simulated first
 * @example
 * step.claims(report, data, full, P);
 */
export function heldOutClaimsSection(report: Report, data: HeldOutData, full: HeldOutResult, P: Params): HeldOutVerdict[] {
  const simulated: HeldOutVerdict = { ...heldOutVerdict(full, 'simulated', data.nPairs, P), figure: 'fig07-held-out-r2-sim' };
  const needed = Math.max(...P.ns) + 3;
  let real: HeldOutVerdict;
  if (data.realPairs.length < needed) {
    real = {
      data: 'real',
      verdict: 'untestable',
      evidence:
        `The real data hold ${data.realPairs.length} prefill/decode pair(s) (${data.realPairs.join(', ')}); ` +
        `leave-n-out over the lengths with n up to ${Math.max(...P.ns)} needs at least ${needed}.`,
      figure: null,
    };
  } else {
    real = { ...heldOutVerdict(heldOutResult(data.realRows, data.realPairs.length, `the real measurements; ${data.fitsLabel}`, { ...P, simExclusion: {} }), 'real', data.realPairs.length, P), figure: null };
  }
  for (const v of [simulated, real]) report.claim({ claim: 'fig7-held-out', ...v });
  return [simulated, real];
}
