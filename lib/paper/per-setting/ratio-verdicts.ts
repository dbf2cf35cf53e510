import type { ClaimVerdict } from '../../io/claim-check.js';
import { formatNumber } from '../../util/format-number.js';
import type { RatioClaims } from '../shared/ratio-claims.js';
import { shareVerdict } from '../shared/share-verdict.js';
import type { Params } from './params.js';

/** A verdict with its evidence sentence. */
export interface Verdict {
  verdict: ClaimVerdict;
  evidence: string;
}

/**
 * The verdicts on the paper's three Fig. 2b claims from the counts of ratioClaims, each decided
 * by shareVerdict with P.claims.partlyShare: C1R < 1 (share of settings), C2R > 1 below
 * P.claims.highAlpha (share of those settings; the settings at or above it are named), and
 * argmin_k C1R > argmin_k C2R (share of α cells).
 *
 * @param claims ratioClaims output for the system of the figure
 * @param context what the ratios are, first words of each sentence (system and baseline)
 * @param P the notebook's parameters (claims)
 * @param also optional counts of a wider view (e.g. every verifier) with its label, added to each sentence
 * @returns the three verdicts
 * @throws {Error} as shareVerdict
 * @example
 * ratioVerdicts(ratioClaims(rows, 0.9), 'Qwen3-8B over the implied baseline', P).c1r.verdict; // 'holds'
 */
export function ratioVerdicts(claims: RatioClaims, context: string, P: Params, also?: { label: string; claims: RatioClaims }): { c1r: Verdict; c2r: Verdict; argmin: Verdict } {
  const th = formatNumber(P.claims.highAlpha, 3);
  const wider = (f: (c: RatioClaims) => string): string => (also ? `; ${also.label}: ${f(also.claims)}` : '');
  const c1 = (c: RatioClaims): string => `C1R < 1 in ${c.c1rBelowOne} of ${c.n} settings`;
  const c2 = (c: RatioClaims): string => `C2R > 1 in ${c.c2rAboveOneLowAlpha} of ${c.nLowAlpha} settings with α < ${th}`;
  const am = (c: RatioClaims): string => `argmin_k C1R > argmin_k C2R in ${c.argminGreater} of ${c.argmin.length} α cells (equal in ${c.argminEqual}, shorter in ${c.argminLess})`;
  return {
    c1r: { verdict: shareVerdict(claims.c1rBelowOne, claims.n, P.claims.partlyShare), evidence: `${context}: ${c1(claims)}${wider(c1)}.` },
    c2r: {
      verdict: shareVerdict(claims.c2rAboveOneLowAlpha, claims.nLowAlpha, P.claims.partlyShare),
      evidence: `${context}: ${c2(claims)}, and C2R < 1 in ${claims.c2rBelowOneHighAlpha} of ${claims.nHighAlpha} with α ≥ ${th} (P.claims.highAlpha)${wider(c2)}.`,
    },
    argmin: { verdict: shareVerdict(claims.argminGreater, claims.argmin.length, P.claims.partlyShare), evidence: `${context}: ${am(claims)}${wider(am)}.` },
  };
}

/**
 * The verdict on the paper's Fig. 3 claim ("over α, prefill and decode lengths, the best-over-k
 * C1R stays below 1 and the best-over-k C2R above 1 except at high α"): a (length, α) cell agrees
 * when its smallest C1R over k is below 1 and, for α < P.claims.highAlpha, its smallest C2R over
 * k is above 1; the share of agreeing cells decides (shareVerdict).
 *
 * @param claims ratioClaims output over the lengths shown in Fig. 3
 * @param context what the ratios are (system, baseline), first words of the sentence
 * @param P the notebook's parameters (claims)
 * @returns the verdict
 * @throws {Error} as shareVerdict
 * @example
 * bestOverKVerdict(ratioClaims(rows, 0.9), 'Qwen3-8B, implied baseline', P).verdict; // 'partly'
 */
export function bestOverKVerdict(claims: RatioClaims, context: string, P: Params): Verdict {
  const high = P.claims.highAlpha - 1e-9;
  const cells = claims.argmin;
  const low = cells.filter((c) => c.alpha < high);
  const c1Ok = cells.filter((c) => c.minC1r < 1).length;
  const c2Ok = low.filter((c) => c.minC2r > 1).length;
  const nOk = cells.filter((c) => c.minC1r < 1 && (c.alpha >= high || c.minC2r > 1)).length;
  const lengths = new Set(cells.map((c) => `${c.prefillTokens}/${c.decodeTokens}`)).size;
  const range = (v: number[]): string => (v.length > 0 ? `${formatNumber(Math.min(...v), 3)}–${formatNumber(Math.max(...v), 3)}` : 'none');
  return {
    verdict: shareVerdict(nOk, cells.length, P.claims.partlyShare),
    evidence:
      `${context}, ${cells.length} (length, α) cells over ${lengths} prefill/decode length(s): the best-over-k C1R is below 1 in ${c1Ok} of ${cells.length} ` +
      `(range ${range(cells.map((c) => c.minC1r))}); the best-over-k C2R is above 1 in ${c2Ok} of ${low.length} cells with α < ${formatNumber(P.claims.highAlpha, 3)} ` +
      `(range ${range(low.map((c) => c.minC2r))}); both hold in ${nOk} of ${cells.length}.`,
  };
}
