/**
 * The highest request rate among a fit's open-loop points (requests/s): the edge of the data an
 * Eq. 1 or Eq. 3 fit was made from, beyond which its predictions are extrapolations.
 *
 * @param fit a fit with points (fitEq1, fitSd or fitMoe output): `kind` 'open' points carry the rate in `x`
 * @returns the highest open-loop rate (requests/s)
 * @throws {Error} `highestFittedRps requires a fit with at least one open-loop point`
 * @example
 * highestFittedRps(fitSd(rows)); // 11.6
 */
export function highestFittedRps(fit: { points: ReadonlyArray<{ kind: 'open' | 'closed'; x: number }> }): number {
  const rates = Array.isArray(fit?.points) ? fit.points.filter((p) => p.kind === 'open' && Number.isFinite(p.x) && p.x > 0).map((p) => p.x) : [];
  if (rates.length === 0) throw new Error('highestFittedRps requires a fit with at least one open-loop point');
  return Math.max(...rates);
}
