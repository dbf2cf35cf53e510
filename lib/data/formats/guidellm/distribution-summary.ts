/** GuideLLM's percentile keys and the probabilities they stand for. */
export const PERCENTILES: ReadonlyArray<readonly [string, number]> = [
  ['p001', 0.001],
  ['p01', 0.01],
  ['p05', 0.05],
  ['p10', 0.1],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p90', 0.9],
  ['p95', 0.95],
  ['p99', 0.99],
  ['p999', 0.999],
];

/** A distribution summary shaped as GuideLLM writes one (0.4-0.7 benchmark reports). */
export interface DistributionSummary {
  mean: number;
  median: number;
  mode: number;
  variance: number;
  std_dev: number;
  min: number;
  max: number;
  /** Total weight (number of samples; token counts for token-weighted metrics). */
  count: number;
  /** Sum of value * weight. */
  total_sum: number;
  percentiles: Record<string, number>;
  pdf: null;
}

/**
 * Summarises (optionally weighted) samples the way GuideLLM does: weighted mean and population
 * variance; percentile p = the smallest value whose cumulative weight reaches p of the total
 * (no interpolation), median = p50; mode = the value with the largest total weight (smallest on
 * ties); count = total weight; total_sum = sum of value * weight. Empty input gives all zeros.
 *
 * @param values sample values (finite)
 * @param weights non-negative weights, same length (default all 1)
 * @returns the summary
 * @throws {Error} `distributionSummary requires ...` for mismatched lengths or a negative or
 *   non-finite weight
 * @example
 * distributionSummary([3, 1, 2]).median; // 2
 * distributionSummary([1, 2], [3, 1]).mean; // 1.25
 */
export function distributionSummary(values: ArrayLike<number>, weights?: ArrayLike<number>): DistributionSummary {
  const n = values.length;
  if (weights !== undefined && weights.length !== n) {
    throw new Error(`distributionSummary requires as many weights as values, got ${weights.length} and ${n}`);
  }
  const idx = new Int32Array(n);
  let count = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`distributionSummary requires finite weights >= 0, got ${w}`);
    if (w > 0) idx[m++] = i;
    count += w;
  }
  if (m === 0 || count === 0) return emptySummary();
  const order = idx.subarray(0, m);
  const sortedV = new Float64Array(m);
  const sortedW = new Float64Array(m);
  let uniformW = weights === undefined ? 1 : weights[order[0]];
  if (weights !== undefined) {
    for (let i = 1; i < m; i++) {
      if (weights[order[i]] !== uniformW) {
        uniformW = NaN;
        break;
      }
    }
  }
  if (!Number.isNaN(uniformW)) {
    // equal weights: a typed-array sort, no comparator
    for (let i = 0; i < m; i++) sortedV[i] = values[order[i]];
    sortedV.sort();
    sortedW.fill(uniformW);
  } else {
    const w = weights as ArrayLike<number>;
    const ord = Array.from(order).sort((a, b) => values[a] - values[b] || a - b);
    for (let i = 0; i < m; i++) {
      sortedV[i] = values[ord[i]];
      sortedW[i] = w[ord[i]];
    }
  }
  let total = 0;
  for (let i = 0; i < m; i++) total += sortedV[i] * sortedW[i];
  const mean = total / count;
  let varSum = 0;
  for (let i = 0; i < m; i++) {
    const d = sortedV[i] - mean;
    varSum += d * d * sortedW[i];
  }
  const variance = varSum / count;
  const percentiles: Record<string, number> = {};
  let j = 0;
  let cum = sortedW[0];
  for (const [key, p] of PERCENTILES) {
    const target = p * count * (1 - 1e-12);
    while (cum < target && j < m - 1) cum += sortedW[++j];
    percentiles[key] = sortedV[j];
  }
  let mode = sortedV[0];
  let modeW = -1;
  for (let i = 0; i < m; ) {
    let w = 0;
    let e = i;
    while (e < m && sortedV[e] === sortedV[i]) w += sortedW[e++];
    if (w > modeW) {
      modeW = w;
      mode = sortedV[i];
    }
    i = e;
  }
  return {
    mean,
    median: percentiles.p50,
    mode,
    variance,
    std_dev: Math.sqrt(variance),
    min: sortedV[0],
    max: sortedV[m - 1],
    count,
    total_sum: total,
    percentiles,
    pdf: null,
  };
}

function emptySummary(): DistributionSummary {
  const percentiles: Record<string, number> = {};
  for (const [key] of PERCENTILES) percentiles[key] = 0;
  return { mean: 0, median: 0, mode: 0, variance: 0, std_dev: 0, min: 0, max: 0, count: 0, total_sum: 0, percentiles, pdf: null };
}
