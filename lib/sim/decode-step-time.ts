import { createRng, type Rng } from '../random/create-rng.js';
import { StepBatch } from './engine/step-batch.js';
import { StepPricer } from './engine/step-pricer.js';
import type { SimSystem } from './sim-types.js';

/**
 * The time of one steady decode step of a simulated server, priced by the engine's own step
 * pricer (verifier pass with CUDA-graph padding, k drafter passes, per-step overheads) without
 * the step-time noise: `batch` sequences, none in prefill, each verifying k drafts over
 * `contextTokens` cached tokens, every draft accepted (so each drafter pass runs over the whole
 * batch). What Eq. 3 reads as C1 + B x C2 per cycle, seen from the server: how the step time
 * grows with the batch B and with the context.
 *
 * @param system the server (e.g. resolveSystem('qwen3-8b@a100-80gb'))
 * @param batch sequences in the step, an integer in 1..engine.maxNumSeqs
 * @param k drafts verified per sequence (0: plain decoding, one token per sequence)
 * @param contextTokens cached tokens of every sequence (>= 0)
 * @param rng the cost model's draws (MoE routing; default createRng(0))
 * @returns the step time in seconds
 * @throws {Error} `decodeStepTimeS requires ...` for a bad batch, k, context, or k > 0 without a drafter
 * @example
 * decodeStepTimeS(resolveSystem('qwen3-8b@a100-80gb'), 64, 3, 960); // seconds per step at 64 sequences
 */
export function decodeStepTimeS(system: SimSystem, batch: number, k: number, contextTokens: number, rng: Rng = createRng(0)): number {
  const fn = 'decodeStepTimeS';
  if (system === null || typeof system !== 'object' || system.engine === undefined) throw new Error(`${fn} requires a simulated system`);
  const maxSeqs = system.engine.maxNumSeqs;
  if (!Number.isInteger(batch) || batch < 1 || batch > maxSeqs) throw new Error(`${fn} requires an integer batch in 1..${maxSeqs}, got ${batch}`);
  if (!Number.isInteger(k) || k < 0) throw new Error(`${fn} requires an integer k >= 0, got ${k}`);
  if (k > 0 && system.drafterKind === null) throw new Error(`${fn} requires a drafter for k = ${k} (system ${system.name} has none)`);
  if (!Number.isFinite(contextTokens) || contextTokens < 0) throw new Error(`${fn} requires contextTokens >= 0, got ${contextTokens}`);
  const quiet: SimSystem = { ...system, engine: { ...system.engine, noiseRel: 0 } };
  const pricer = new StepPricer(quiet, k, new Float64Array(k).fill(1), { accept: rng, cost: rng, noise: rng });
  const step = new StepBatch(batch);
  // left: far more tokens to go than one step commits, so every sequence drafts again
  for (let i = 0; i < batch; i++) step.add(i, k + 1, k, false, contextTokens, 1 << 20, 0);
  return pricer.price(step);
}
