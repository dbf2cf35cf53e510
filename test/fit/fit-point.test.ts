import { describe, expect, it } from 'vitest';
import { fitPointOf } from '../../lib/fit/fit-point.js';

describe('fitPointOf', () => {
  it('takes the load from the rate in open loop and the concurrency in closed loop', () => {
    expect(fitPointOf({ kind: 'open', rps: 4, latencyS: 1.2, index: 3, source: 'a#[2]' }, 1.18)).toEqual({
      index: 3,
      source: 'a#[2]',
      kind: 'open',
      x: 4,
      latencyS: 1.2,
      predictedS: 1.18,
    });
    expect(fitPointOf({ kind: 'closed', concurrency: 8, latencyS: 2, index: 0, source: '' }, 2.1).x).toBe(8);
  });
});
