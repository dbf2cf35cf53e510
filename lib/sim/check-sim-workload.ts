import { conditionalAcceptance } from './acceptance/conditional-acceptance.js';
import type { SimWorkload } from './sim-run-types.js';
import type { SimSystem } from './sim-types.js';

/**
 * Checks a workload against a system and returns the per-position conditional acceptance
 * probabilities the engine samples with.
 *
 * @param fn the calling function's name, for messages
 * @param system a checked system
 * @param workload the workload
 * @returns k conditional acceptance probabilities (see conditionalAcceptance)
 * @throws {Error} `<fn> requires ...` for non-integer or non-positive lengths, k > 0 on a system
 *   without a drafter, a KV cache too small for one request, or bad acceptance settings
 * @example
 * checkSimWorkload('simulateBenchmark', system, { prefillTokens: 512, decodeTokens: 128, k: 3, alpha: 0.8 });
 */
export function checkSimWorkload(fn: string, system: SimSystem, workload: SimWorkload): Float64Array {
  if (workload === null || typeof workload !== 'object') throw new Error(`${fn} requires a workload object`);
  const { prefillTokens, decodeTokens, k } = workload;
  if (!Number.isInteger(prefillTokens) || prefillTokens < 1) throw new Error(`${fn} requires an integer prefillTokens >= 1, got ${prefillTokens}`);
  if (!Number.isInteger(decodeTokens) || decodeTokens < 1) throw new Error(`${fn} requires an integer decodeTokens >= 1, got ${decodeTokens}`);
  if (!Number.isInteger(k) || k < 0) throw new Error(`${fn} requires an integer k >= 0, got ${k}`);
  if (k > 0 && system.drafterKind === null) throw new Error(`${fn} requires a system with a drafter when k > 0 (${system.name} has none)`);
  let conditional: Float64Array;
  try {
    conditional = conditionalAcceptance(workload);
  } catch (err) {
    throw new Error(`${fn}: ${(err as Error).message}`);
  }
  const e = system.engine;
  const tokens = Math.min(prefillTokens + decodeTokens, e.maxModelLen) + k;
  const blocks = Math.ceil(tokens / e.blockSize);
  if (blocks > e.kvCacheBlocks) {
    throw new Error(`${fn} requires system.engine.kvCacheBlocks >= ${blocks} to hold one request of ${tokens} tokens, got ${e.kvCacheBlocks}`);
  }
  if (k > 0 && system.drafterKvCacheBlocks !== null && blocks > system.drafterKvCacheBlocks) {
    throw new Error(`${fn} requires system.drafterKvCacheBlocks >= ${blocks} to hold one request of ${tokens} tokens, got ${system.drafterKvCacheBlocks}`);
  }
  return conditional;
}
