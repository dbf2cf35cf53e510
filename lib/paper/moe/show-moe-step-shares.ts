import type { Report } from '../../io/create-report.js';
import { getSystemSpec } from '../../sim/system-registry.js';
import { moeStepShares } from './moe-step-shares.js';
import { moeStepSharesText } from './moe-step-shares-text.js';
import type { Params } from './moe-params.js';

/**
 * Notebook 07's explanation from the simulator: per MoE system of P.systems, the routed experts'
 * share of the weight bytes and the step time at P.stepTokens decode tokens (context P.prefill)
 * against the same step reading every expert.
 *
 * @param report the notebook's report
 * @param P the parameter cell
 * @returns nothing
 * @throws {Error} moeStepShares' errors (a dense verifier, bad token counts)
 * @example
 * showMoeStepShares(report, P);
 */
export function showMoeStepShares(report: Report, P: Params): void {
  const moe = P.systems.filter((s) => getSystemSpec(s).verifier.moe !== null);
  report.markdown(moeStepSharesText(moeStepShares(moe, { tokens: P.stepTokens, contextTokens: P.prefill })));
}
