import type { Rng } from '../../random/create-rng.js';
import type { ForwardPass, StepCostModel } from '../sim-types.js';
import { checkPass } from './check-pass.js';

/**
 * Prices one forward pass, given as an object, with a step-cost model: checks the pass, then
 * calls the model's allocation-free passTimeS (the form the engine uses). For tests and tools;
 * the engine calls passTimeS directly.
 *
 * @param model the cost model (e.g. resolveSystem(...).cost)
 * @param pass the forward pass
 * @param rng random stream (MoE routing)
 * @returns the pass's time in seconds
 * @throws {Error} `timePass requires ...` on a malformed pass or a model without passTimeS
 * @example
 * timePass(resolveSystem('qwen3-8b@a100-80gb').cost, { role: 'verifier', seqs: [{ queryTokens: 4, contextTokens: 600 }], paddedTokens: 4 }, createRng(1));
 */
export function timePass(model: StepCostModel, pass: ForwardPass, rng: Rng): number {
  if (model === null || typeof model !== 'object' || typeof model.passTimeS !== 'function') {
    throw new Error('timePass requires a cost model with a passTimeS function');
  }
  checkPass('timePass', pass);
  return timePassCore(model, pass, rng);
}

/** timePass without checks: the pass as query and context arrays. */
export function timePassCore(model: StepCostModel, pass: ForwardPass, rng: Rng): number {
  const n = pass.seqs.length;
  const query = new Float64Array(n);
  const context = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    query[i] = pass.seqs[i].queryTokens;
    context[i] = pass.seqs[i].contextTokens;
  }
  return model.passTimeS(pass.role, n, query, context, pass.paddedTokens, rng);
}
