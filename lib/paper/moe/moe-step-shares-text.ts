import { formatNumber } from '../../util/format-number.js';
import type { MoeStepShare } from './moe-step-shares.js';

/**
 * One sentence per simulated MoE system from moeStepShares: its routing (uniform or skewed), the
 * routed experts' share of the weight bytes, and at each token count the expected coverage and
 * how much faster the step is than with every expert read.
 *
 * @param rows moeStepShares output
 * @returns markdown bullets, one per system
 * @throws {Error} `moeStepSharesText requires a non-empty array of rows`
 * @example
 * moeStepSharesText(moeStepShares(systems, { tokens: [1, 16, 64] }));
 */
export function moeStepSharesText(rows: readonly MoeStepShare[]): string {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error('moeStepSharesText requires a non-empty array of rows');
  const f = (x: number): string => formatNumber(x);
  const systems = [...new Set(rows.map((r) => r.system))];
  return systems
    .map((system) => {
      const mine = rows.filter((r) => r.system === system).sort((a, b) => a.tokens - b.tokens);
      const steps = mine.map((r) => `T = ${r.tokens}: φ = ${f(r.coverage)}, ${f(r.savingVsFull * 100)}% faster`).join('; ');
      const routing = mine[0].routingZipfS === 0 ? 'uniform i.i.d. routing' : `routing skewed, Zipf exponent ${f(mine[0].routingZipfS)}`;
      return `- **${system}** (${routing}): routed experts are ${f(mine[0].expertWeightShare * 100)}% of the weight bytes a fully covered step reads. Decode step of T tokens against the same step reading every expert — ${steps}.`;
    })
    .join('\n');
}
