import type { SdFit } from '../../fit/fit-sd.js';

/** The pooled fits' mean residual over the points in one band of tokens per verifier pass. */
export interface PassTokensResidual {
  /** Band [fromTokens, toTokens) of B x (k + 1) tokens per verifier pass. */
  fromTokens: number;
  toTokens: number;
  /** Points in the band. */
  n: number;
  /** Mean of (predicted - observed) / observed over them (%); NaN without points. */
  meanPct: number;
}

/**
 * Where pooled Eq. 3 fits miss, against how many tokens a verifier pass processes: each point's
 * batch B from Little's law (measured rate x mean latency for open-loop points, the concurrency
 * for closed-loop ones) times k + 1 tokens per sequence (1 without speculation), binned by the
 * band edges; per band the mean relative residual (predicted - observed) / observed. A model that
 * is right about how cost grows with the batch leaves no pattern; a step cost flat at small
 * batches and steep at large ones (weight-bandwidth-bound, then compute-bound GEMMs) leaves the
 * fitted line too low at the smallest and largest batches and too high in between.
 *
 * @param fits pooled fits (e.g. heldOutR2Rows(...).groups[i].fits)
 * @param edges increasing band edges in tokens per pass, at least two (the last may be Infinity)
 * @returns one band per pair of consecutive edges
 * @throws {Error} `residualByPassTokens requires ...` for a non-array of fits or bad edges
 * @example
 * residualByPassTokens(groups[0].fits, [0, 16, 32, 128, 256, Infinity]).map((b) => b.meanPct);
 */
export function residualByPassTokens(fits: readonly SdFit[], edges: readonly number[]): PassTokensResidual[] {
  const fn = 'residualByPassTokens';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of pooled fits`);
  if (!Array.isArray(edges) || edges.length < 2 || edges.some((e, i) => Number.isNaN(e) || (i > 0 && !(e > edges[i - 1])))) {
    throw new Error(`${fn} requires at least two increasing band edges`);
  }
  const sums = new Array<number>(edges.length - 1).fill(0);
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const fit of fits) {
    for (const p of fit.points) {
      const batch = p.kind === 'open' ? p.x * p.latencyS : p.x;
      const tokens = batch * (p.k + 1);
      const band = edges.findIndex((e, i) => i < edges.length - 1 && tokens >= e && tokens < edges[i + 1]);
      if (band < 0) continue;
      sums[band] += (100 * (p.predictedS - p.latencyS)) / p.latencyS;
      counts[band]++;
    }
  }
  return counts.map((n, i) => ({ fromTokens: edges[i], toTokens: edges[i + 1], n, meanPct: n > 0 ? sums[i] / n : Number.NaN }));
}
