import type { Report } from '../../io/create-report.js';
import type { ClaimVerdict } from '../../io/claim-check.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { TailFit, TailStatistic } from './tail-fits.js';
import type { Params, TailData, TailFitted } from './tails-params.js';

/** The percentiles the paper's appendix claim names. */
const CLAIMED: readonly TailStatistic[] = ['p95', 'p99'];

const METHOD_NAME = { refit: 'Eq. 1 refitted to each percentile', scaled: 'the mean model times one factor per configuration' } as const;

/**
 * Judges the appendix claim ("the model also approximates p95 and p99 latency") on tail fits:
 * for each claimed percentile that was fitted, the median R² over configurations of the chosen
 * method against the bar. Every claimed percentile fitted and reaching it: 'holds'; some
 * reaching it: 'partly'; none: 'fails'; neither percentile fitted: 'untestable'.
 *
 * @param tails tailFits output
 * @param claim method ('refit' or 'scaled') and minMedianR2
 * @param what names the data in the evidence
 * @returns the verdict and its evidence sentence
 * @throws {Error} `tailClaimVerdict requires ...` for a method other than 'refit' or 'scaled'
 * @example
 * tailClaimVerdict(tails, { method: 'refit', minMedianR2: 0.97 }, 'the real data').verdict;
 */
export function tailClaimVerdict(tails: readonly TailFit[], claim: Params['claim'], what: string): { verdict: ClaimVerdict; evidence: string } {
  if (claim?.method !== 'refit' && claim?.method !== 'scaled') throw new Error(`tailClaimVerdict requires claim.method 'refit' or 'scaled', got ${String(claim?.method)}`);
  const fitted = CLAIMED.filter((s) => tails.some((t) => t.statistic === s && t[claim.method] !== null));
  if (fitted.length === 0) {
    return { verdict: 'untestable', evidence: `None of the claim's percentiles was fitted on ${what} (the parameter cell's statistics).` };
  }
  const parts = fitted.map((s) => {
    const q = tails.filter((t) => t.statistic === s).flatMap((t) => (t[claim.method] ? [t[claim.method]!] : []));
    const r2 = median(q.map((x) => x.r2));
    return { s, r2, mape: median(q.map((x) => x.mapePct)), share: q.filter((x) => x.r2 >= claim.minMedianR2).length / q.length, n: q.length };
  });
  const reached = parts.filter((p) => p.r2 >= claim.minMedianR2).length;
  const verdict: ClaimVerdict = reached === CLAIMED.length ? 'holds' : reached > 0 ? 'partly' : 'fails';
  const f = (x: number): string => formatNumber(x, 3);
  return {
    verdict,
    evidence:
      `${METHOD_NAME[claim.method]} on ${what}: ` +
      parts.map((p) => `${p.s} median R² ${f(p.r2)}, median MAPE ${f(p.mape)}% over ${p.n} configurations (${f(p.share * 100)}% of them at R² ≥ ${claim.minMedianR2})`).join('; ') +
      `; ${reached} of the claim's ${CLAIMED.length} percentiles reach a median R² ≥ ${claim.minMedianR2}` +
      (fitted.length < CLAIMED.length ? `, ${CLAIMED.length - fitted.length} was not fitted (the parameter cell's statistics).` : '.'),
  };
}

/**
 * Records notebook 08's verdict on the appendix claim ('appendix-tails') on the real data, shown by
 * the fit-quality table.
 *
 * @param report the notebook's report
 * @param data loadTailData output
 * @param fitted fitTails output
 * @param P the parameter cell
 * @returns nothing
 * @throws {Error} tailClaimVerdict's error for a bad method
 * @example
 * checkTailClaims(report, data, fitted, P);
 */
export function checkTailClaims(report: Report, data: TailData, fitted: TailFitted, P: Params): void {
  report.claim({ claim: 'appendix-tails', data: 'real', ...tailClaimVerdict(fitted.tails, P.claim, data.label), figure: 'tab08-tail-fit-quality' });
}
