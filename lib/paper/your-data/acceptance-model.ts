import type { TidyRow } from '../../data/tidy-schema.js';
import { expectedTokens } from '../../model/expected-tokens.js';
import { expectedTokensPerPosition } from '../../model/expected-tokens-per-position.js';
import { extendPositionRatesCore } from '../../model/extend-position-rates.js';

/** How a drafter's acceptance is known, and E(k) from it. */
export interface AcceptanceModel {
  /** 'alpha': i.i.d. alpha of the rows; 'per-position': vLLM's measured per-position rates; 'acceptance-length': an alpha solved from the measured mean acceptance length. */
  kind: 'alpha' | 'per-position' | 'acceptance-length';
  /** The i.i.d. alpha (given or solved); null for per-position rates. */
  alpha: number | null;
  /** Measured cumulative per-position rates (empty unless kind is 'per-position'). */
  rates: number[];
  /** One sentence saying where E(k) comes from and how positions beyond the measured ones are extrapolated. */
  description: string;
  /** Expected committed tokens per cycle at draft length k (1 at k = 0). */
  expectedTokens(k: number): number;
}

/**
 * The acceptance of one drafter variant (rows of one drafter and one alpha, alpha possibly null),
 * preferring, in order: vLLM's per-position acceptance rates (`acceptance_rate_pos_1..m`, averaged
 * per position over the rows that have them; positions beyond m keep the last measured conditional
 * rate, see extendPositionRates), the rows' forced alpha (Eq. 3's i.i.d. E), and an i.i.d. alpha
 * solved from the measured mean acceptance length (`acceptance_length`, E at the row's k).
 *
 * @param rows the variant's SD rows (k >= 1)
 * @returns the model, or null when the rows say nothing about acceptance
 * @throws nothing
 * @example
 * acceptanceModel(rows)?.expectedTokens(5);
 */
export function acceptanceModel(rows: readonly TidyRow[]): AcceptanceModel | null {
  const sums: number[] = [];
  const counts: number[] = [];
  for (const row of rows) {
    for (let i = 1; i <= 64; i++) {
      const v = row[`acceptance_rate_pos_${i}`];
      if (typeof v !== 'number' || !Number.isFinite(v)) break;
      sums[i - 1] = (sums[i - 1] ?? 0) + v;
      counts[i - 1] = (counts[i - 1] ?? 0) + 1;
    }
  }
  if (sums.length > 0) {
    const rates: number[] = [];
    for (let i = 0; i < sums.length; i++) rates.push(Math.min(1, Math.max(0, i > 0 ? Math.min(sums[i] / counts[i], rates[i - 1]) : sums[i] / counts[i])));
    const m = rates.length;
    return {
      kind: 'per-position',
      alpha: null,
      rates,
      description:
        `E(k) from vLLM's measured per-position acceptance rates (${m} position${m === 1 ? '' : 's'}: ${rates.map((r) => r.toFixed(3)).join(', ')}); ` +
        `positions beyond ${m} keep the last measured conditional acceptance (${(m === 1 ? rates[0] : rates[m - 1] / (rates[m - 2] || 1)).toFixed(3)})`,
      expectedTokens: (k) => (k === 0 ? 1 : expectedTokensPerPosition(extendPositionRatesCore(rates, k), 'cumulative')),
    };
  }
  const alphas = [...new Set(rows.map((r) => r.alpha).filter((a): a is number => typeof a === 'number'))];
  if (alphas.length === 1) {
    const alpha = alphas[0];
    return { kind: 'alpha', alpha, rates: [], description: `E(k) = (1 − α^(k+1)) / (1 − α) with the files' α = ${alpha} (i.i.d. across positions)`, expectedTokens: (k) => expectedTokens(alpha, k) };
  }
  const solved: number[] = [];
  for (const row of rows) {
    const al = row.acceptance_length;
    if (typeof al === 'number' && Number.isFinite(al) && al >= 1 && al <= row.k + 1 && row.k >= 1) solved.push(alphaFromLength(al, row.k));
  }
  if (solved.length === 0) return null;
  const alpha = solved.reduce((s, a) => s + a, 0) / solved.length;
  return {
    kind: 'acceptance-length',
    alpha,
    rates: [],
    description: `E(k) = (1 − α^(k+1)) / (1 − α) with α = ${alpha.toFixed(3)} solved from the measured mean acceptance length (i.i.d. across positions)`,
    expectedTokens: (k) => expectedTokens(alpha, k),
  };
}

/** The alpha with E(alpha, k) = length, by bisection (E grows with alpha). */
function alphaFromLength(length: number, k: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (expectedTokens(mid, k) < length) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
