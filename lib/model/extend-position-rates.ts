/**
 * Extends vLLM's cumulative per-position acceptance rates (r_i = P(position i accepted), the
 * `spec_decode_per_position_acceptance_rates` of `vllm bench serve`) to a longer draft length.
 * Positions beyond the measured ones keep the conditional acceptance of the last measured
 * position, q = r_m / r_(m-1) (r_1 when only one position was measured): r_(m+j) = r_m * q^j.
 * This is the i.i.d. assumption of Eq. 3 applied from the last measured position on; a drafter
 * whose acceptance keeps decaying with position is then slightly overestimated beyond it.
 * Positions up to the measured ones are returned as measured (a shorter k truncates them).
 *
 * @param rates measured cumulative rates, non-increasing, each in [0, 1], at least one
 * @param k draft length wanted (integer >= 0)
 * @returns k cumulative rates
 * @throws {Error} `extendPositionRates requires ...` for an empty or invalid rate list or a bad k
 * @example
 * extendPositionRates([0.8, 0.6], 4); // [0.8, 0.6, 0.45, 0.3375]
 */
export function extendPositionRates(rates: readonly number[], k: number): number[] {
  if (!Array.isArray(rates) || rates.length === 0) throw new Error('extendPositionRates requires at least one measured rate');
  rates.forEach((r, i) => {
    if (typeof r !== 'number' || !(r >= 0 && r <= 1)) throw new Error(`extendPositionRates requires rates in [0, 1], got rates[${i}] = ${r}`);
    if (i > 0 && r > rates[i - 1] + 1e-9) throw new Error(`extendPositionRates requires non-increasing cumulative rates, got rates[${i}] = ${r} > ${rates[i - 1]}`);
  });
  if (!Number.isInteger(k) || k < 0) throw new Error(`extendPositionRates requires an integer k >= 0, got ${k}`);
  return extendPositionRatesCore(rates, k);
}

/**
 * {@link extendPositionRates} without checks.
 *
 * @param rates valid cumulative rates
 * @param k draft length
 * @returns k cumulative rates
 * @example
 * extendPositionRatesCore([0.5], 3); // [0.5, 0.25, 0.125]
 */
export function extendPositionRatesCore(rates: readonly number[], k: number): number[] {
  const m = rates.length;
  const last = rates[m - 1];
  const q = m === 1 ? last : rates[m - 2] > 0 ? last / rates[m - 2] : 0;
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(i < m ? rates[i] : last * q ** (i - m + 1));
  return out;
}
