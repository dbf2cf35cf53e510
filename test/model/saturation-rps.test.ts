import { describe, expect, it } from 'vitest';
import { saturationRps } from '../../lib/model/saturation-rps.js';
import { eq1Latency } from '../../lib/model/eq1-latency.js';

describe('saturationRps', () => {
  it('is 1/C2, where Eq. 1 latency diverges', () => {
    expect(saturationRps(0.05)).toBeCloseTo(20, 12);
    expect(eq1Latency(20 * 0.999, { c1: 1, c2: 0.05 }).latencyS).toBeCloseTo(1000, 6);
    expect(saturationRps(0)).toBe(Infinity);
    expect(() => saturationRps(-1)).toThrow('saturationRps requires c2');
  });
});
