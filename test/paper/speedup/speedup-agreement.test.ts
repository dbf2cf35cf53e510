import { describe, expect, it } from 'vitest';
import { speedupAgreement } from '../../../lib/paper/speedup/speedup-agreement.js';

// Baseline C1 = 2, C2 = 0.1; k = 3: C1 = 1, C2 = 0.15. Eq. 2: S(0) = 2, S(6) = L_D / L_SD = (2 / 0.4) / (1 / 0.1) = 0.5.
const data = { baseline: { c1: 2, c2: 0.1 }, curves: [{ series: 'k = 3', c1: 1, c2: 0.15 }] };

describe('speedupAgreement', () => {
  it('compares measured speedups with Eq. 2 at the same rate', () => {
    const a = speedupAgreement(
      [
        { series: 'k = 3', rps: 0, speedup: 2.2 },
        { series: 'k = 3', rps: 6, speedup: 0.6 },
        { series: 'k = 9', rps: 1, speedup: 1 },
        { series: 'k = 3', rps: 7, speedup: 0.5 },
      ],
      data,
      'Test system',
    );
    // rps 7 is past the SD saturation 1/0.15 = 6.67: skipped. Errors: |2 - 2.2| / 2.2, |0.5 - 0.6| / 0.6.
    expect(a.n).toBe(2);
    expect(a.mapePct).toBeCloseTo((100 * (0.2 / 2.2 + 0.1 / 0.6)) / 2, 10);
    expect(a.maxAbsError).toBeCloseTo(0.2, 12);
    // Both say SD is faster at rps 0 and slower at rps 6.
    expect(a.sameSide).toBe(1);
    expect(a.text).toContain('Test system: Eq. 2 predicts the 2 measured speedups with a MAPE of 12.9%');
  });

  it('counts points where prediction and measurement disagree on S > 1', () => {
    const a = speedupAgreement([{ series: 'k = 3', rps: 0, speedup: 2 }, { series: 'k = 3', rps: 6, speedup: 1.2 }], data, 't');
    expect(a.sameSide).toBe(0.5);
    expect(a.mapePct).toBeCloseTo((100 * (0.7 / 1.2)) / 2, 10);
  });

  it('requires a comparable point', () => {
    expect(() => speedupAgreement([{ series: 'x', rps: 1, speedup: 1 }], data, 't')).toThrow('speedupAgreement requires at least one measured point');
  });
});
