import { formatNumber } from '../../util/format-number.js';
import type { BestKByLoad } from './best-k-by-load.js';
import type { MagicdecBestK } from './magicdec-best-k.js';
import type { MagicdecClosedLoop } from './magicdec-closed-loop.js';

/**
 * Sentences comparing MagicDec's real closed-loop numbers (arXiv 2408.11049) with the paper's
 * model and draft-length finding: the fitted lines per series (C1, C2 with intervals, R²); C1R,
 * C2R and what Eq. 2's sign rule predicts (C2R < 1: speedup grows with load) against the
 * measured speedups; where the lines cross; the Little's Law check of the batch sizes; the best-k
 * trend of MagicDec's speedup tables against the best k at zero load vs under load measured on
 * other data (bestKByLoad).
 *
 * @param closed magicdecClosedLoop output
 * @param bestK magicdecBestK output
 * @param ours bestKByLoad on the project's data (e.g. the real speculators-scaling sweeps)
 * @param oursLabel names that data in the text
 * @param options littleTolerance: relative difference within which a source row's implied batch
 *   counts as the stated one (default 0.02)
 * @returns markdown, one bullet per finding
 * @throws {Error} `magicdecFindings requires ...` when an input lacks its fits, speedups or rows, or a
 *   littleTolerance outside (0, 1)
 * @example
 * tslab.display.markdown(magicdecFindings(closed, bestK, ours, 'the real speculators-scaling sweeps'));
 */
export function magicdecFindings(
  closed: MagicdecClosedLoop,
  bestK: MagicdecBestK,
  ours: BestKByLoad,
  oursLabel: string,
  options: { littleTolerance?: number } = {},
): string {
  const fn = 'magicdecFindings';
  if (!Array.isArray(closed?.fits) || closed.fits.length < 2 || !Array.isArray(closed.speedups) || closed.speedups.length === 0) {
    throw new Error(`${fn} requires a magicdecClosedLoop result with two fits and speedups`);
  }
  if (!Array.isArray(bestK?.trends)) throw new Error(`${fn} requires a magicdecBestK result`);
  if (!Array.isArray(ours?.rows) || ours.rows.length === 0) throw new Error(`${fn} requires a bestKByLoad result with rows`);
  const little = options.littleTolerance ?? 0.02;
  if (!(little > 0 && little < 1)) throw new Error(`${fn} requires options.littleTolerance in (0, 1), got ${String(little)}`);
  const f = (x: number): string => formatNumber(x);
  const pct = `${Math.round(closed.level * 100)}%`;
  const lines = closed.fits.map(
    (s) =>
      `- **${s.series}**: per-token latency = ${f(s.intercept)} ms + ${f(s.slope)} ms × B (C1 ${pct} interval ${f(s.interceptLow)} to ` +
      `${f(s.interceptHigh)} ms, C2 ${f(s.slopeLow)} to ${f(s.slopeHigh)} ms per request), R² = ${f(s.r2)}, MAPE ${f(s.mapePct)}% over ${s.n} batch sizes.`,
  );
  const first = closed.speedups[0];
  const last = closed.speedups[closed.speedups.length - 1];
  const grows = last.measured > first.measured;
  const predictsGrowth = closed.c2r < 1;
  lines.push(
    `- C1R = ${f(closed.c1r)}, C2R = ${f(closed.c2r)}. Eq. 2's sign rule: C2R ${predictsGrowth ? '< 1, so the speedup should grow' : '> 1, so the speedup should shrink'} with load. ` +
      `Measured speedup AR / SD: ${f(first.measured)} at B = ${first.batchSize}, ${f(last.measured)} at B = ${last.batchSize} ` +
      `(the fitted lines: ${f(first.fitted)} and ${f(last.fitted)}) — ${grows === predictsGrowth ? 'consistent with the model' : 'not consistent with the model'}.`,
  );
  const unsure = closed.fits.filter((s) => s.interceptLow <= 0);
  if (closed.breakEvenBatch !== null) {
    lines.push(
      `- The two lines cross at B ≈ ${f(closed.breakEvenBatch)}: SD is faster ${closed.sdWinsAbove ? 'above' : 'below'} it. ` +
        `This is an extrapolation below the smallest measured batch (${first.batchSize})` +
        (unsure.length > 0 ? `; the C1 interval of ${unsure.map((s) => s.series).join(' and ')} reaches zero or below with ${unsure[0].n} points.` : '.'),
    );
  }
  const off = closed.littleCheck.filter((c) => Math.abs(c.relDiff) > little);
  lines.push(
    `- Little's Law check (batch = throughput × per-token latency): ${closed.littleCheck.length - off.length} of ${closed.littleCheck.length} source rows give the stated batch within ${f(little * 100)}%` +
      (off.length > 0 ? `; off: ${off.map((c) => `${c.series} at B = ${c.batchSize} gives ${f(c.impliedBatch)}`).join(', ')} (throughput not used in the fits)` : '') +
      '.',
  );
  const n = bestK.trends.length;
  lines.push(
    `- MagicDec's speedup tables: from the smallest to the largest batch, the best k grows in ${bestK.kGrows} of ${n} settings, ` +
      `stays in ${bestK.kSame} and shrinks in ${bestK.kShrinks}; the speedup grows in ${bestK.speedupGrows} of ${n}.`,
  );
  lines.push(
    `- The paper's draft-length finding (the best k at zero load, argmin C1R, is longer than under load, argmin C2R) on ${oursLabel}: ` +
      `longer in ${ours.longerAtZeroLoad} of ${ours.rows.length} (verifier, α) pairs, equal in ${ours.equal}, shorter in ${ours.shorterAtZeroLoad}. ` +
      (bestK.kShrinks === 0 && ours.longerAtZeroLoad > ours.shorterAtZeroLoad
        ? 'MagicDec points the other way: there a longer draft pays off as the batch grows.'
        : 'MagicDec does not contradict it.'),
  );
  return lines.join('\n');
}
