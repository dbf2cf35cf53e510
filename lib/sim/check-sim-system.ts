import type { SimSystem } from './sim-types.js';

/**
 * Checks that a system can be simulated: engine settings are positive integers / non-negative
 * seconds, CUDA graph sizes positive integers, a cost model with passTimeS, and a drafter KV
 * capacity that is null or a positive integer.
 *
 * @param fn the calling function's name, for messages
 * @param system the system
 * @throws {Error} `<fn> requires system.<field path> to be ...` for the first bad field
 * @example
 * checkSimSystem('simulateBenchmark', system); // returns nothing when valid
 */
export function checkSimSystem(fn: string, system: SimSystem): void {
  if (system === null || typeof system !== 'object') throw new Error(`${fn} requires a system object`);
  const e = system.engine;
  if (e === null || typeof e !== 'object') throw new Error(`${fn} requires system.engine`);
  const posInt = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${fn} requires system.engine.${name} to be an integer >= 1, got ${v}`);
  };
  const nonNeg = (name: string, v: number): void => {
    if (!Number.isFinite(v) || v < 0) throw new Error(`${fn} requires system.engine.${name} to be a finite number >= 0, got ${v}`);
  };
  posInt('maxNumSeqs', e.maxNumSeqs);
  posInt('maxNumBatchedTokens', e.maxNumBatchedTokens);
  posInt('maxModelLen', e.maxModelLen);
  posInt('blockSize', e.blockSize);
  posInt('kvCacheBlocks', e.kvCacheBlocks);
  nonNeg('stepOverheadS', e.stepOverheadS);
  nonNeg('specOverheadS', e.specOverheadS);
  nonNeg('noiseRel', e.noiseRel);
  if (e.requestOverheadS !== undefined) nonNeg('requestOverheadS', e.requestOverheadS);
  if (!Array.isArray(e.cudaGraphSizes)) throw new Error(`${fn} requires system.engine.cudaGraphSizes to be an array`);
  for (const s of e.cudaGraphSizes) {
    if (!Number.isInteger(s) || s < 1) throw new Error(`${fn} requires system.engine.cudaGraphSizes to hold integers >= 1, got ${s}`);
  }
  if (!system.cost || typeof system.cost.passTimeS !== 'function') throw new Error(`${fn} requires system.cost.passTimeS to be a function`);
  const d = system.drafterKvCacheBlocks;
  if (d !== null && (!Number.isInteger(d) || d < 1)) {
    throw new Error(`${fn} requires system.drafterKvCacheBlocks to be null or an integer >= 1, got ${d}`);
  }
}
