import { describe, expect, it } from 'vitest';
import { moeCoverage } from '../../lib/model/moe-coverage.js';
import { moeClosedLoopLatency } from '../../lib/model/moe-closed-loop-latency.js';

const routing = { experts: 128, active: 8, tokensPerRequest: 1 };
const c = { c1_u: 0.8, c1_s: 0.6, c2_u: 0.01, c2_s: 0.02 };

describe('moeClosedLoopLatency', () => {
  it('uses the known batch for coverage', () => {
    const phi = moeCoverage(8 * 3, 128, 8);
    expect(moeClosedLoopLatency(8, c, { ...routing, tokensPerRequest: 3 })).toBeCloseTo(
      c.c1_u + phi * c.c1_s + 8 * (c.c2_u + phi * c.c2_s),
      12,
    );
  });
});
