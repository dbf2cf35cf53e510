import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPECULATORS_SCALING_DIR, loadSpeculatorsScaling } from '../../../lib/data/load-speculators-scaling.js';
import { calibrationErrors } from '../../../lib/sim/calibration/calibration-report.js';
import { selectCalibrationSweeps } from '../../../lib/sim/calibration/calibration-sweeps.js';
import { compareCalibration } from '../../../lib/sim/calibration/fit-calibration.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';

// The real speculators-scaling sweeps are not committed (npm run data:fetch downloads them);
// without them this check is skipped.
const haveData = existsSync(SPECULATORS_SCALING_DIR);

describe.skipIf(!haveData)('committed calibration against real sweeps (held-out subset)', () => {
  it('keeps the mean-latency MAPE of every verifier within 10% on sweeps the fit did not use', async () => {
    const rows = await loadSpeculatorsScaling();
    // The fit used alpha in {0.5, 0.7, 0.9, 1.0} x k in {1, 3, 6, 10}; these sweeps are held out.
    const sweeps = selectCalibrationSweeps(rows).filter((s) => [0.6, 0.8].includes(s.alpha) && [2, 5].includes(s.k));
    expect(sweeps).toHaveLength(20);
    const errors = calibrationErrors(compareCalibration(sweeps, defaultCalibration(), { durationS: 45 }));
    for (const e of errors) {
      expect(e.n_points).toBeGreaterThan(20);
      expect(e.mape_pct, `${e.verifier}: MAPE ${e.mape_pct.toFixed(1)}%`).toBeLessThanOrEqual(10);
    }
  });
});
