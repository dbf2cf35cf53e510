import type { SimStrategy } from '../sim-run-types.js';

/**
 * Validates a load strategy and returns a normalised copy holding only the fields its type uses.
 *
 * @param fn the calling function's name, for messages
 * @param strategy the strategy
 * @returns { type } or { type, rate } or { type, streams }
 * @throws {Error} `<fn> requires ...` for an unknown type, a missing/non-positive rate
 *   (constant, poisson) or a non-integer/non-positive streams (concurrent)
 * @example
 * checkStrategy('simulateBenchmark', { type: 'constant', rate: 2 }); // { type: 'constant', rate: 2 }
 */
export function checkStrategy(fn: string, strategy: SimStrategy): SimStrategy {
  if (strategy === null || typeof strategy !== 'object') throw new Error(`${fn} requires a strategy object`);
  switch (strategy.type) {
    case 'synchronous':
    case 'throughput':
      return { type: strategy.type };
    case 'concurrent': {
      const s = strategy.streams;
      if (typeof s !== 'number' || !Number.isInteger(s) || s < 1) {
        throw new Error(`${fn} requires an integer streams >= 1 for the concurrent strategy, got ${String(s)}`);
      }
      return { type: 'concurrent', streams: s };
    }
    case 'constant':
    case 'poisson': {
      const r = strategy.rate;
      if (typeof r !== 'number' || !Number.isFinite(r) || r <= 0) {
        throw new Error(`${fn} requires a finite rate > 0 (requests/s) for the ${strategy.type} strategy, got ${String(r)}`);
      }
      return { type: strategy.type, rate: r };
    }
    default:
      throw new Error(`${fn} requires a strategy type among synchronous, concurrent, throughput, constant, poisson, got ${String((strategy as SimStrategy).type)}`);
  }
}
