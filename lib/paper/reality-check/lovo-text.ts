import type { CalibrationErrorRow } from '../../sim/calibration/calibration-report.js';
import { formatNumber } from '../../util/format-number.js';

/**
 * Sentences on the simulator calibration's leave-one-verifier-out check: per held-out verifier its
 * MAPE with a calibration fitted without it, next to its in-sample MAPE (the calibration fitted on
 * every verifier), and the mean over the held-out verifiers against the same verifiers in sample,
 * with the wording following the difference.
 *
 * @param inSample the in-sample report rows (calibrationErrors or loadCalibrationReport; an 'all' row is ignored)
 * @param heldOut the leave-one-verifier-out rows, one per held-out verifier
 * @returns markdown
 * @throws {Error} `lovoText requires ...` without held-out verifier rows
 * @example
 * lovoText(calibration.rows, lovo.rows);
 */
export function lovoText(inSample: readonly CalibrationErrorRow[], heldOut: readonly CalibrationErrorRow[]): string {
  const fn = 'lovoText';
  if (!Array.isArray(inSample) || !Array.isArray(heldOut)) throw new Error(`${fn} requires arrays of report rows`);
  const held = heldOut.filter((r) => r?.verifier !== 'all');
  if (held.length === 0) throw new Error(`${fn} requires at least one held-out verifier row`);
  const f = (x: number): string => formatNumber(x);
  const pairs = held.map((h) => ({ h, own: inSample.find((r) => r.verifier === h.verifier) }));
  const parts = pairs.map(({ h, own }) => `${h.verifier} ${f(h.mape_pct)}% (in sample ${own ? `${f(own.mape_pct)}%` : 'not reported'})`);
  const both = pairs.filter((p) => p.own !== undefined);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  let closing = '';
  if (both.length > 0) {
    const out = mean(both.map((p) => p.h.mape_pct));
    const inside = mean(both.map((p) => p.own!.mape_pct));
    closing =
      ` Mean over these ${both.length} verifier(s): ${f(out)}% held out against ${f(inside)}% in sample` +
      (out > inside
        ? `: the simulator is ${f(out - inside)} percentage points less accurate on a verifier it was not calibrated on.`
        : ': the simulator is no less accurate on a verifier it was not calibrated on.');
  }
  return `Each verifier replayed with a calibration fitted without it, MAPE: ${parts.join(', ')}.${closing}`;
}
