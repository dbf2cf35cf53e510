import { describe, expect, it } from 'vitest';
import { calibrationReportText } from '../../../lib/paper/reality-check/calibration-report-text.js';

const row = (verifier: string, n: number, mape: number, max: number, bias: number, sync: number) => ({
  verifier,
  n_points: n,
  mape_pct: mape,
  max_error_pct: max,
  bias_pct: bias,
  sync_mape_pct: sync,
});

describe('calibrationReportText', () => {
  it('sums up the all row and names the best and worst verifiers', () => {
    const text = calibrationReportText([row('A', 10, 5.4, 19.4, -0.7, 3.5), row('B', 12, 11.1, 199.8, 1, 9.7), row('all', 22, 7.7, 199.8, 2.8, 7.2)]);
    expect(text).toBe(
      'Over all 22 real steady-state points: MAPE 7.7%, mean signed error 2.8% (simulation slower on average), synchronous points alone 7.2%. ' +
        'Per verifier from 5.4% (A) to 11.1% (B); the largest single error is 200% (B).',
    );
  });

  it('leaves out a missing synchronous MAPE and rejects a report without an all row', () => {
    expect(calibrationReportText([row('A', 1, 1, 1, -1, NaN), row('all', 1, 1, 1, -1, NaN)])).toContain('(simulation faster on average). Per verifier');
    expect(() => calibrationReportText([row('A', 1, 1, 1, 1, 1)])).toThrow("calibrationReportText requires an 'all' row and at least one verifier row");
  });
});
