import type { Rng } from '../../random/create-rng.js';

/** Mean and variance of the number of distinct experts one MoE layer touches in a pass. */
export interface ExpertHitStats {
  /** Expected distinct routed experts hit in one layer. */
  mean: number;
  /** Variance of that count. */
  variance: number;
}

/**
 * Per-token inclusion probability of each expert (sorted by popularity) when every token
 * picks `active` distinct experts out of `experts` with popularity weight rank^-zipfS.
 * Probabilities are `active * weight`, capped at 1 with the excess spread over the others
 * (an approximation of weighted sampling without replacement; exact when zipfS = 0).
 *
 * @param experts routed experts per layer (M >= 1)
 * @param active experts per token (1 <= m <= M)
 * @param zipfS popularity skew (>= 0; 0 = uniform)
 * @returns M probabilities summing to m
 * @throws {Error} on invalid sizes or skew
 * @example
 * expertInclusionProbabilities(4, 2, 0); // [0.5, 0.5, 0.5, 0.5]
 */
export function expertInclusionProbabilities(experts: number, active: number, zipfS: number): number[] {
  if (!Number.isInteger(experts) || experts < 1 || !Number.isInteger(active) || active < 1 || active > experts) {
    throw new Error(`expertInclusionProbabilities requires integers 1 <= active <= experts, got ${active} of ${experts}`);
  }
  if (!Number.isFinite(zipfS) || zipfS < 0) {
    throw new Error(`expertInclusionProbabilities requires a finite zipfS >= 0, got ${zipfS}`);
  }
  const w: number[] = [];
  for (let j = 1; j <= experts; j += 1) w.push(Math.pow(j, -zipfS));
  const p = new Array<number>(experts).fill(0);
  const capped = new Array<boolean>(experts).fill(false);
  let budget = active;
  for (;;) {
    let free = 0;
    for (let j = 0; j < experts; j += 1) if (!capped[j]) free += w[j];
    let changed = false;
    for (let j = 0; j < experts; j += 1) {
      if (capped[j]) continue;
      p[j] = (budget * w[j]) / free;
      if (p[j] > 1) {
        capped[j] = true;
        p[j] = 1;
        budget -= 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return p;
}

/**
 * Mean and variance of the distinct routed experts that `tokens` tokens touch in one MoE layer,
 * each token choosing `active` distinct experts. Uniform routing (all probabilities m/M) uses the
 * exact occupancy moments; skewed routing treats experts as independent.
 *
 * @param inclusion per-token inclusion probability of each expert (from expertInclusionProbabilities)
 * @param tokens tokens routed in the pass (>= 0)
 * @returns mean and variance of the distinct-expert count
 * @example
 * expertHitStats([0.25, 0.25, 0.25, 0.25], 1); // { mean: 1, variance: 0 }
 */
export function expertHitStats(inclusion: readonly number[], tokens: number): ExpertHitStats {
  const M = inclusion.length;
  if (tokens <= 0) return { mean: 0, variance: 0 };
  const p0 = inclusion[0];
  let uniform = true;
  for (let j = 1; j < M; j += 1) if (Math.abs(inclusion[j] - p0) > 1e-12) uniform = false;
  if (uniform) {
    // X = experts NOT hit. Per token an expert is missed with a = 1 - m/M; a pair of experts is
    // missed with b = (M-m)(M-m-1) / (M(M-1)). E[X] = M a^T, E[X(X-1)] = M(M-1) b^T.
    const m = p0 * M;
    const a = 1 - p0;
    const b = M > 1 ? ((M - m) * (M - m - 1)) / (M * (M - 1)) : 0;
    const ex = M * Math.pow(a, tokens);
    const exx = M > 1 ? M * (M - 1) * Math.pow(Math.max(b, 0), tokens) : 0;
    const variance = Math.max(0, exx + ex - ex * ex);
    return { mean: M - ex, variance };
  }
  let mean = 0;
  let variance = 0;
  for (let j = 0; j < M; j += 1) {
    const q = 1 - Math.pow(1 - inclusion[j], tokens);
    mean += q;
    variance += q * (1 - q);
  }
  return { mean, variance };
}

/**
 * Samples the total number of distinct routed experts hit over `layers` MoE layers when
 * `tokens` tokens are routed independently in each layer (normal approximation of each
 * layer's count with its exact mean and variance, rounded and clipped to what is possible).
 *
 * @param inclusion per-token inclusion probability of each expert
 * @param active experts per token (m)
 * @param tokens tokens routed (>= 0)
 * @param layers MoE layers (>= 0)
 * @param rng random source
 * @returns total experts hit, summed over layers
 * @example
 * sampleExpertHits([0.25, 0.25, 0.25, 0.25], 1, 1, 10, createRng(1)); // 10
 */
export function sampleExpertHits(
  inclusion: readonly number[],
  active: number,
  tokens: number,
  layers: number,
  rng: Rng,
): number {
  if (tokens <= 0 || layers <= 0) return 0;
  const M = inclusion.length;
  const { mean, variance } = expertHitStats(inclusion, tokens);
  return sampleHitsFromStats(mean, variance, Math.min(M, active), Math.min(M, active * tokens), layers, rng);
}

/**
 * sampleExpertHits for fixed experts and layers with each token count's mean and variance
 * computed once (the step-cost model prices the same token counts over and over): the same
 * results and the same random draws, without allocating.
 *
 * @param inclusion per-token inclusion probability of each expert
 * @param active experts per token (m)
 * @param layers MoE layers (>= 0)
 * @returns (tokens, rng) => total experts hit over the layers, as sampleExpertHits(inclusion, active, tokens, layers, rng)
 * @example
 * expertHitSampler([0.25, 0.25, 0.25, 0.25], 1, 10)(1, createRng(1)); // 10
 */
export function expertHitSampler(
  inclusion: readonly number[],
  active: number,
  layers: number,
): (tokens: number, rng: Rng) => number {
  const M = inclusion.length;
  const lo = Math.min(M, active);
  let known = new Uint8Array(0);
  let means = new Float64Array(0);
  let variances = new Float64Array(0);
  return (tokens: number, rng: Rng): number => {
    if (tokens <= 0 || layers <= 0) return 0;
    if (tokens >= known.length) {
      const n = Math.max(tokens + 1, 2 * known.length, 64);
      const k2 = new Uint8Array(n);
      k2.set(known);
      known = k2;
      const m2 = new Float64Array(n);
      m2.set(means);
      means = m2;
      const v2 = new Float64Array(n);
      v2.set(variances);
      variances = v2;
    }
    if (known[tokens] === 0) {
      const st = expertHitStats(inclusion, tokens);
      means[tokens] = st.mean;
      variances[tokens] = st.variance;
      known[tokens] = 1;
    }
    return sampleHitsFromStats(means[tokens], variances[tokens], lo, Math.min(M, active * tokens), layers, rng);
  };
}

/** Normal approximation of each layer's distinct-expert count, rounded and clipped to [lo, hi], summed over layers. */
function sampleHitsFromStats(mean: number, variance: number, lo: number, hi: number, layers: number, rng: Rng): number {
  if (variance < 1e-12) return layers * Math.min(hi, Math.max(lo, Math.round(mean)));
  const sd = Math.sqrt(variance);
  let total = 0;
  for (let l = 0; l < layers; l += 1) {
    const x = Math.round(mean + sd * rng.normal());
    total += Math.min(hi, Math.max(lo, x));
  }
  return total;
}
