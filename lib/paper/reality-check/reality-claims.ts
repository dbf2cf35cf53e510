import type { Report } from '../../io/create-report.js';
import type { ClaimVerdict } from '../../io/claim-check.js';
import { formatNumber } from '../../util/format-number.js';
import type { MagicdecClosedLoop } from './magicdec-closed-loop.js';
import type { MagicdecAnalysis } from './fit-magicdec.js';
import type { Params } from './reality-params.js';

/**
 * Judges the closed-loop claim of the paper's section 1 ("closed-loop benchmarks follow
 * L = C1 + C2·c with the same C1, C2 as Eq. 1") on MagicDec's fixed-batch numbers. Only its first
 * half can be tested there: MagicDec ran no open-loop benchmark of the same configuration, so the
 * shared coefficients cannot be checked. Every series' line reaching R² ≥ minR2: 'partly' (the
 * testable half holds); otherwise 'fails'.
 *
 * @param closed magicdecClosedLoop output
 * @param minR2 the R² each line must reach
 * @returns the verdict and its evidence sentence
 * @throws {Error} `closedLoopVerdict requires ...` without fits
 * @example
 * closedLoopVerdict(magicdecClosedLoop(rows), 0.97).verdict; // 'partly'
 */
export function closedLoopVerdict(closed: MagicdecClosedLoop, minR2: number): { verdict: ClaimVerdict; evidence: string } {
  if (!Array.isArray(closed?.fits) || closed.fits.length === 0) throw new Error('closedLoopVerdict requires a magicdecClosedLoop result with fits');
  const f = (x: number): string => formatNumber(x);
  const linear = closed.fits.filter((s) => s.r2 >= minR2);
  const all = linear.length === closed.fits.length;
  return {
    verdict: all ? 'partly' : 'fails',
    evidence:
      `MagicDec's per-token latency against the batch size B (lines with the ${closed.loss} loss): ${closed.fits.map((s) => `${s.series} R² ${f(s.r2)} (MAPE ${f(s.mapePct)}%, ${s.n} batch sizes)`).join(', ')}; ` +
      `${linear.length} of ${closed.fits.length} lines reach R² ≥ ${minR2}, so ${all ? 'the latency is linear in B as L = C1 + C2·B says' : 'the line L = C1 + C2·B does not describe every series'}. ` +
      'That the line shares C1 and C2 with the open-loop Eq. 1 cannot be tested here: MagicDec ran no open-loop benchmark.',
  };
}

/**
 * Records notebook 09's verdict on the closed-loop claim on public data (MagicDec), shown by the
 * closed-loop figure.
 *
 * @param report the notebook's report
 * @param magicdec fitMagicdec output
 * @param P the parameter cell
 * @returns nothing
 * @throws {Error} closedLoopVerdict's error without fits
 * @example
 * checkRealityClaims(report, magicdec, P);
 */
export function checkRealityClaims(report: Report, magicdec: MagicdecAnalysis, P: Params): void {
  report.claim({ claim: 'closed-loop', data: 'public', ...closedLoopVerdict(magicdec.closed, P.claim.minR2), figure: 'nb09-magicdec-closed-loop' });
}
