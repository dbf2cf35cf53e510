import { describe, expect, it } from 'vitest';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';

describe('defaultCalibration', () => {
  it('reads efficiencies in (0, 1] and non-negative overheads from the committed file', () => {
    const c = defaultCalibration();
    for (const k of ['computeEff', 'memoryEff', 'attentionEff'] as const) {
      expect(c.efficiency[k]).toBeGreaterThan(0);
      expect(c.efficiency[k]).toBeLessThanOrEqual(1);
    }
    for (const k of ['layerOverheadS', 'passOverheadS', 'passCpuFloorS', 'seqCpuS', 'sampledTokenCpuS'] as const) {
      expect(c.efficiency[k]).toBeGreaterThanOrEqual(0);
      expect(c.efficiency[k]).toBeLessThan(0.01);
    }
    expect(c.engine.stepOverheadS).toBeGreaterThanOrEqual(0);
    expect(c.engine.specOverheadS).toBeGreaterThanOrEqual(0);
    expect(['prior', 'fitted']).toContain(c.status);
  });
});
