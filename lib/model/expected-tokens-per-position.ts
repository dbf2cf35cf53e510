/**
 * How per-position acceptance rates are expressed.
 * - 'conditional': a_i = P(position i accepted | positions before it accepted).
 * - 'cumulative': r_i = P(position i accepted), i.e. accepted-at-position-i / drafts. This is
 *   what vLLM reports (`spec_decode_per_position_acceptance_rates`, and the
 *   `vllm:spec_decode_num_accepted_tokens_per_pos_total` counters over drafts).
 */
export type AcceptanceRateKind = 'conditional' | 'cumulative';

/**
 * Expected tokens committed per verification cycle from per-position acceptance rates,
 * for drafters whose acceptance decays with position.
 * Conditional rates: E = 1 + sum_i prod_{j<=i} a_j. Cumulative rates (vLLM's form): E = 1 + sum_i r_i.
 * The draft length k is the number of rates.
 *
 * @param rates one rate per draft position, each in [0, 1]
 * @param kind whether the rates are conditional or cumulative (vLLM reports cumulative)
 * @returns expected committed tokens per cycle, in [1, rates.length + 1]
 * @throws {Error} when a rate is outside [0, 1], or cumulative rates increase with position
 * @example
 * expectedTokensPerPosition([0.8, 0.5], 'conditional'); // 1 + 0.8 + 0.4 = 2.2
 * expectedTokensPerPosition([0.85, 0.7167, 0.5944], 'cumulative'); // 3.1611
 */
export function expectedTokensPerPosition(rates: readonly number[], kind: AcceptanceRateKind): number {
  if (!Array.isArray(rates)) throw new Error('expectedTokensPerPosition requires an array of rates');
  if (kind !== 'conditional' && kind !== 'cumulative') {
    throw new Error(`expectedTokensPerPosition requires kind 'conditional' or 'cumulative', got ${String(kind)}`);
  }
  rates.forEach((r, i) => {
    if (typeof r !== 'number' || !(r >= 0 && r <= 1)) {
      throw new Error(`expectedTokensPerPosition requires rates in [0, 1], got rates[${i}] = ${r}`);
    }
    if (kind === 'cumulative' && i > 0 && r > rates[i - 1] + 1e-9) {
      throw new Error(
        `expectedTokensPerPosition requires cumulative rates that do not increase with position, got rates[${i}] = ${r} > rates[${i - 1}] = ${rates[i - 1]}`,
      );
    }
  });
  let sum = 1;
  let survive = 1;
  for (const r of rates) {
    survive = kind === 'conditional' ? survive * r : r;
    sum += survive;
  }
  return sum;
}
