import type { TidyRow } from '../../data/tidy-schema.js';
import { checkLossParam } from '../shared/fit-loss-param.js';
import { requireInData } from '../shared/require-in-data.js';
import { routedTokensLabel } from './routed-tokens-label.js';
import type { Params } from './moe-params.js';

/**
 * Checks notebook 07's parameters against the simulated rows: routing facts for every verifier, the
 * lengths, alpha and each draft length must be in the data (alpha and k at the chosen lengths),
 * figureKs, smallKs and largeKs among ks, shares and thresholds in range.
 *
 * @param P the parameter cell
 * @param rows the simulated tidy rows of P.systems
 * @returns nothing
 * @throws {Error} `moe: P.<name> <value> is not in the data (<values>: ...)` for a value the data
 *   lack, `moe: P.<name> ...` for a value out of range, `moe: P.loss ... is not a loss (...)`
 * @example
 * checkMoeParams(P, rows);
 */
export function checkMoeParams(P: Params, rows: readonly TidyRow[]): void {
  const step = 'moe';
  if (P === null || typeof P !== 'object') throw new Error(`${step}: P must be the parameter object`);
  const verifiers = rows.map((r) => r.verifier);
  if (P.routing === null || typeof P.routing !== 'object' || Object.keys(P.routing).length === 0) throw new Error(`${step}: P.routing must name at least one verifier`);
  for (const v of new Set(verifiers)) {
    if (!(v in P.routing)) throw new Error(`${step}: P.routing has no routing facts for ${v}, a verifier of P.systems (P.routing names: ${Object.keys(P.routing).join(', ')})`);
  }
  requireInData(step, 'P.prefill', P.prefill, rows.map((r) => r.prefill_tokens), 'prefill lengths');
  const atPrefill = rows.filter((r) => r.prefill_tokens === P.prefill);
  requireInData(step, 'P.decode', P.decode, atPrefill.map((r) => r.decode_tokens), 'decode lengths', `at prefill ${P.prefill}`);
  const atLengths = atPrefill.filter((r) => r.decode_tokens === P.decode);
  const where = `at prefill ${P.prefill} / decode ${P.decode}`;
  requireInData(step, 'P.alpha', P.alpha, atLengths.filter((r) => r.k > 0).map((r) => r.alpha as number), 'alphas', where);
  const ksHeld = atLengths.filter((r) => r.k === 0 || r.alpha === P.alpha).map((r) => r.k);
  if (!Array.isArray(P.ks) || P.ks.length === 0) throw new Error(`${step}: P.ks must list at least one draft length`);
  for (const k of P.ks) requireInData(step, 'P.ks', k, ksHeld, 'ks', `${where}, α = ${P.alpha}`);
  for (const name of ['figureKs', 'smallKs', 'largeKs'] as const) {
    if (!Array.isArray(P[name]) || P[name].length === 0) throw new Error(`${step}: P.${name} must list at least one draft length`);
    for (const k of P[name]) requireInData(step, `P.${name}`, k, P.ks, 'P.ks');
  }
  routedTokensLabel(P.tokensPerRequest);
  routedTokensLabel(P.alternativeTokensPerRequest);
  if (!(P.lowerLoadShare > 0 && P.lowerLoadShare <= 1)) throw new Error(`${step}: P.lowerLoadShare must be in (0, 1], got ${String(P.lowerLoadShare)}`);
  if (!(Number.isInteger(P.minPoints) && P.minPoints >= 5)) throw new Error(`${step}: P.minPoints must be an integer >= 5 (Eq. 4 has four coefficients), got ${String(P.minPoints)}`);
  checkLossParam(step, 'P.loss', P.loss);
  if (!Array.isArray(P.stepTokens) || P.stepTokens.length === 0) throw new Error(`${step}: P.stepTokens must list at least one token count`);
  const c = P.claim;
  if (!(c?.minCorrectedR2 <= 1) || !(c.minGain >= 0)) throw new Error(`${step}: P.claim needs minCorrectedR2 <= 1 and minGain >= 0`);
}
