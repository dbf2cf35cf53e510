import type { ClaimVerdict } from '../../io/claim-check.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import type { Fig6Check, Fig6Result } from './fig6-sections.js';
import type { ScalingData } from './load-scaling-data.js';
import type { Params } from './params.js';
import type { SimFig5 } from './sim-fig5.js';
import type { SizeScaling } from './size-scaling.js';

/** A verdict for the scorecard. */
export interface ScorecardVerdict {
  claim: 'fig5-size-scaling' | 'fig6-length-scaling';
  data: 'real' | 'simulated';
  verdict: ClaimVerdict;
  evidence: string;
  figure: string | null;
}

const VERIFIER = ['c1_p', 'c1_v', 'c2_p', 'c2_v'];

/**
 * The Fig. 5 verdict of one set of size fits: 'holds' when c1_p, c1_v, c2_p and c2_v are all about
 * linear in the verifier's size (proportional or with an offset, scalingClaims' criteria) and c1_v
 * has the highest R² ("almost exactly"); 'fails' when none of the four is; 'partly' otherwise.
 *
 * @param s sizeScaling result
 * @param where the data, for the evidence, e.g. 'real, 512/128'
 * @returns the verdict and one evidence sentence
 * @example
 * fig5Verdict(real, 'real, 512/128').verdict; // 'partly'
 */
export function fig5Verdict(s: SizeScaling, where: string): { verdict: ClaimVerdict; evidence: string } {
  const judged = VERIFIER.map((c) => {
    const v = s.claims.verdicts.find((x) => x.coefficient === c)?.verdict ?? 'not linear';
    const r2 = Math.max(s.proportional.find((f) => f.coefficient === c)?.r2 ?? -Infinity, s.linear.find((f) => f.coefficient === c)?.r2 ?? -Infinity);
    return { c, v, r2 };
  });
  const linear = judged.filter((j) => j.v !== 'not linear').length;
  const verdict: ClaimVerdict = linear === VERIFIER.length && s.claims.best === 'c1_v' ? 'holds' : linear === 0 ? 'fails' : 'partly';
  const n = s.proportional.find((f) => f.coefficient === 'c1_v')?.n ?? 0;
  return {
    verdict,
    evidence:
      `${where}, ${n} models: ${judged.map((j) => `${j.c} ${j.v} (R² ${formatNumber(j.r2)})`).join(', ')} against verifier size; ` +
      `the highest R² is ${s.claims.best}'s${s.claims.best === 'c1_v' ? ' (the paper: c1_v almost exactly)' : ' (the paper: c1_v)'}.`,
  };
}

/**
 * The Fig. 6 verdict of one check: 'holds' when c2_p is about linear in prefill and c2_v in
 * p + w·g for every model, 'fails' when neither holds for any, 'partly' otherwise.
 *
 * @param check fig6Check result
 * @param nPairs the length pairs behind it
 * @param P decodeWeight, linearCriteria
 * @returns the verdict and one evidence sentence
 * @example
 * fig6Verdict(fig6, 16, P).verdict; // 'fails'
 */
export function fig6Verdict(check: Fig6Check, nPairs: number, P: Pick<Params, 'decodeWeight' | 'linearCriteria'>): { verdict: ClaimVerdict; evidence: string } {
  const c = check.claims;
  const verdict: ClaimVerdict = c.c2pLinear === c.nModels && c.c2vLinear === c.nModels ? 'holds' : c.c2pLinear + c.c2vLinear === 0 ? 'fails' : 'partly';
  return {
    verdict,
    evidence:
      `Over ${nPairs} prefill/decode pairs, c2_p is about linear in the prefill length (R² ≥ ${formatNumber(P.linearCriteria.r2Min)}) for ${c.c2pLinear} of ${c.nModels} models ` +
      `and c2_v in p + ${formatNumber(P.decodeWeight)}·g for ${c.c2vLinear} of ${c.nModels}; the weight ${formatNumber(P.decodeWeight)} lies in the 95% interval of c2_v's best-fitting decode weight ` +
      `for ${c.weightAgrees} of ${c.nModels}; c2_p shrinks as the decode length grows for ${c.c2pFallsWithDecode} of ${c.nModels}.`,
  };
}

/**
 * Records notebook 04's verdicts for the scorecard: fig5-size-scaling on the real data (fig05a) and
 * on the simulated workloads together ('holds' or 'fails' only when every workload agrees; figure:
 * the workload with the most systems), fig6-length-scaling on the simulated grid and on the real
 * data ('untestable': they hold one length pair).
 *
 * @param report the notebook's report (created with its notebook name)
 * @param data loadScalingData output
 * @param real fig5RealSection's result
 * @param sims fig5SimSection's results
 * @param fig6 fig6Section's result
 * @param P the notebook's parameters
 * @returns the four verdicts
 * @example
 * step.claims(report, data, real, sims, fig6, P);
 */
export function scorecardClaims(report: Report, data: ScalingData, real: SizeScaling, sims: readonly SimFig5[], fig6: Fig6Result, P: Params): ScorecardVerdict[] {
  const lengths = `${data.realLengths.prefill}/${data.realLengths.decode}`;
  const out: ScorecardVerdict[] = [{ claim: 'fig5-size-scaling', data: 'real', ...fig5Verdict(real, `Real, ${lengths}`), figure: 'fig05a-scaling-real' }];
  const simVerdicts = sims.map((s) => fig5Verdict(s.scaling, `Simulated, ${s.lengths}`));
  const all = (v: ClaimVerdict): boolean => simVerdicts.every((x) => x.verdict === v);
  const widest = sims.reduce((a, b) => (b.scaling.proportional[0]?.n ?? 0) > (a.scaling.proportional[0]?.n ?? 0) ? b : a);
  out.push({
    claim: 'fig5-size-scaling',
    data: 'simulated',
    verdict: all('holds') ? 'holds' : all('fails') ? 'fails' : 'partly',
    evidence: simVerdicts.map((v) => v.evidence).join(' '),
    figure: `fig05${String.fromCharCode(98 + sims.indexOf(widest))}-scaling-sim-${widest.lengths.replace('/', '-')}`,
  });
  const nPairs = new Set(data.gridRows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`)).size;
  out.push({ claim: 'fig6-length-scaling', data: 'simulated', ...fig6Verdict(fig6, nPairs, P), figure: 'fig06-length-scaling-sim' });
  const realPairs = new Set(data.realRows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`));
  // loadScalingData admits real data of one length pair only (Fig. 5 compares models at one).
  out.push({
    claim: 'fig6-length-scaling',
    data: 'real',
    verdict: 'untestable',
    evidence: `The real data hold ${realPairs.size} prefill/decode pair (${[...realPairs].join(', ')}): every real fit sits at one point of Fig. 6's axes.`,
    figure: null,
  });
  for (const v of out) report.claim(v);
  return out;
}
