import { describe, expect, it } from 'vitest';
import { calibrationParameter, CALIBRATION_PARAMETERS, withCalibrationParameters } from '../../../lib/sim/calibration/calibration-parameters.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';

describe('calibration parameters', () => {
  it('reads and replaces values by name, clipping to bounds, without touching the input', () => {
    const c = defaultCalibration();
    const d = withCalibrationParameters(c, { computeEff: 0.4, specOverheadS: 1, requestOverheadS: 0.01 });
    expect(d.efficiency.computeEff).toBe(0.4);
    expect(d.engine.specOverheadS).toBe(0.02);
    expect(d.client.requestOverheadS).toBe(0.01);
    expect(calibrationParameter(d, 'computeEff')).toBe(0.4);
    expect(c.efficiency.computeEff).not.toBe(0.4);
  });

  it('never fits the plain step overhead and rejects unknown names', () => {
    expect(CALIBRATION_PARAMETERS.map((p) => p.name)).not.toContain('stepOverheadS');
    expect(() => calibrationParameter(defaultCalibration(), 'peakFlops')).toThrow('requires a known parameter name');
    expect(() => withCalibrationParameters(defaultCalibration(), { memoryEff: NaN })).toThrow('finite memoryEff');
  });
});
