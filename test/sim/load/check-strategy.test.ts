import { describe, expect, it } from 'vitest';
import { checkStrategy } from '../../../lib/sim/load/check-strategy.js';
import type { SimStrategy } from '../../../lib/sim/sim-run-types.js';

describe('checkStrategy', () => {
  it('keeps only the fields a strategy uses', () => {
    expect(checkStrategy('f', { type: 'synchronous', rate: 3 })).toEqual({ type: 'synchronous' });
    expect(checkStrategy('f', { type: 'throughput', streams: 3 })).toEqual({ type: 'throughput' });
    expect(checkStrategy('f', { type: 'concurrent', streams: 3 })).toEqual({ type: 'concurrent', streams: 3 });
    expect(checkStrategy('f', { type: 'poisson', rate: 0.5 })).toEqual({ type: 'poisson', rate: 0.5 });
  });

  it('names the function and the problem', () => {
    expect(() => checkStrategy('f', { type: 'constant' })).toThrow(/^f requires a finite rate > 0/);
    expect(() => checkStrategy('f', { type: 'poisson', rate: -1 })).toThrow(/rate > 0/);
    expect(() => checkStrategy('f', { type: 'concurrent', streams: 1.5 })).toThrow(/integer streams >= 1/);
    expect(() => checkStrategy('f', { type: 'sweep' } as unknown as SimStrategy)).toThrow(/strategy type among/);
  });
});
