import type { SimWorkload } from '../sim-run-types.js';

/**
 * The per-position CONDITIONAL acceptance probabilities the engine samples with:
 * entry i is P(draft position i accepted | positions 0..i-1 accepted), for i < k.
 *
 * - `alpha`: every entry is alpha (i.i.d. positions).
 * - `acceptanceRates` with kind 'cumulative' (default, as vLLM reports per-position rates:
 *   r_i = P(position i accepted), non-increasing): c_0 = r_0, c_i = r_i / r_(i-1) (0 when r_(i-1) = 0).
 * - `acceptanceRates` with kind 'conditional': used as given.
 *
 * @param workload the workload (k, alpha or acceptanceRates)
 * @returns k conditional probabilities in [0, 1] (empty when k = 0)
 * @throws {Error} `conditionalAcceptance requires ...` when neither or both of alpha and
 *   acceptanceRates are given for k > 0, a value is outside [0, 1], fewer than k rates are
 *   given, or cumulative rates increase with position
 * @example
 * conditionalAcceptance({ prefillTokens: 1, decodeTokens: 8, k: 3, alpha: 0.8 }); // [0.8, 0.8, 0.8]
 * conditionalAcceptance({ prefillTokens: 1, decodeTokens: 8, k: 2, acceptanceRates: [0.8, 0.4] }); // [0.8, 0.5]
 */
export function conditionalAcceptance(workload: SimWorkload): Float64Array {
  const k = workload.k;
  if (!Number.isInteger(k) || k < 0) throw new Error(`conditionalAcceptance requires an integer k >= 0, got ${k}`);
  const out = new Float64Array(k);
  if (k === 0) return out;
  const hasAlpha = workload.alpha !== undefined && workload.alpha !== null;
  const rates = workload.acceptanceRates;
  const hasRates = rates !== undefined && rates !== null;
  if (hasAlpha === hasRates) {
    throw new Error('conditionalAcceptance requires exactly one of alpha and acceptanceRates when k > 0');
  }
  if (hasAlpha) {
    const a = workload.alpha as number;
    if (!(a >= 0 && a <= 1)) throw new Error(`conditionalAcceptance requires alpha in [0, 1], got ${a}`);
    out.fill(a);
    return out;
  }
  const r = rates as readonly number[];
  if (r.length < k) throw new Error(`conditionalAcceptance requires at least k = ${k} acceptance rates, got ${r.length}`);
  for (let i = 0; i < k; i++) {
    if (!(r[i] >= 0 && r[i] <= 1)) {
      throw new Error(`conditionalAcceptance requires acceptance rates in [0, 1], got ${r[i]} at position ${i}`);
    }
  }
  const kind = workload.acceptanceRatesKind ?? 'cumulative';
  if (kind === 'conditional') {
    for (let i = 0; i < k; i++) out[i] = r[i];
    return out;
  }
  if (kind !== 'cumulative') throw new Error(`conditionalAcceptance requires acceptanceRatesKind 'cumulative' or 'conditional', got ${String(kind)}`);
  for (let i = 0; i < k; i++) {
    if (i === 0) {
      out[0] = r[0];
      continue;
    }
    if (r[i] > r[i - 1] + 1e-12) {
      throw new Error(
        `conditionalAcceptance requires non-increasing cumulative acceptance rates, got ${r[i - 1]} then ${r[i]} at position ${i}`,
      );
    }
    out[i] = r[i - 1] > 0 ? Math.min(1, r[i] / r[i - 1]) : 0;
  }
  return out;
}
