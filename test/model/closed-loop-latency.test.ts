import { describe, expect, it } from 'vitest';
import { closedLoopLatency } from '../../lib/model/closed-loop-latency.js';

describe('closedLoopLatency', () => {
  it('grows linearly with concurrency: C1 + C2 * c', () => {
    expect(closedLoopLatency(1, { c1: 1, c2: 0.1 })).toBeCloseTo(1.1, 12);
    expect(closedLoopLatency(8, { c1: 1, c2: 0.1 })).toBeCloseTo(1.8, 12);
    expect(() => closedLoopLatency(-1, { c1: 1, c2: 0.1 })).toThrow('closedLoopLatency requires concurrency');
  });
});
