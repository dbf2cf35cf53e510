import { describe, expect, it } from 'vitest';
import { lovoText } from '../../../lib/paper/reality-check/lovo-text.js';
import type { CalibrationErrorRow } from '../../../lib/sim/calibration/calibration-report.js';

const row = (verifier: string, mape: number): CalibrationErrorRow => ({ verifier, n_points: 10, mape_pct: mape, max_error_pct: 20, bias_pct: 1, sync_mape_pct: 2 });

describe('lovoText', () => {
  const inSample = [row('A', 5), row('B', 6), row('all', 5.5)];

  it('puts each held-out MAPE next to the in-sample one and says how much worse the held-out mean is', () => {
    expect(lovoText(inSample, [row('A', 7), row('B', 8), row('C', 9)])).toBe(
      'Each verifier replayed with a calibration fitted without it, MAPE: A 7% (in sample 5%), B 8% (in sample 6%), C 9% (in sample not reported). ' +
        'Mean over these 2 verifier(s): 7.5% held out against 5.5% in sample: the simulator is 2 percentage points less accurate on a verifier it was not calibrated on.',
    );
  });

  it('says so when holding a verifier out costs nothing, and requires held-out rows', () => {
    expect(lovoText(inSample, [row('A', 4)])).toContain('4% held out against 5% in sample: the simulator is no less accurate');
    expect(() => lovoText(inSample, [row('all', 4)])).toThrow('lovoText requires at least one held-out verifier row');
  });
});
