import { describe, expect, it } from 'vitest';
import { HARDWARE_SPECS } from '../../../lib/sim/specs/hardware-specs.js';

describe('HARDWARE_SPECS', () => {
  it('holds the datasheet peaks and a ridge point near 153 (A100) and 295 (H100) FLOP/byte', () => {
    const a = HARDWARE_SPECS['a100-80gb'];
    const h = HARDWARE_SPECS['h100-80gb'];
    expect(a.peakFlops / a.memBandwidthBps).toBeCloseTo(312 / 2.039, 3);
    expect(h.peakFlops / h.memBandwidthBps).toBeCloseTo(989 / 3.35, 3);
    expect(a.interconnectBps).toBe(300e9);
    expect(h.interconnectBps).toBe(450e9);
    for (const x of [a, h]) {
      expect(x.memoryBytes).toBeGreaterThan(80e9);
      expect(x.memoryBytes).toBeLessThan(86e9);
    }
  });
});
