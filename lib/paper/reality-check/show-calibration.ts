import type { Report } from '../../io/create-report.js';
import { calibrationReportText } from './calibration-report-text.js';
import { calibrationTable } from './calibration-table.js';
import { calibrationTableRows } from './calibration-table-rows.js';
import { lovoText } from './lovo-text.js';
import { lovoWhere, lovoWhereText } from './lovo-where.js';
import { defaultCalibration } from '../../sim/specs/default-calibration.js';
import type { Params, RealityData } from './reality-params.js';

/**
 * Notebook 09 (a), the simulator calibration's own reports as loaded: the in-sample replay of
 * every real point ('tab09-calibration' and a sentence), and the leave-one-verifier-out check
 * ('tab09-calibration-lovo' and its sentences, then where the error of the verifiers above the mean
 * held-out MAPE sits: lovoWhere, which replays them) when its file exists, else a sentence saying it is
 * missing. Everything shown is computed from the files, so regenerated reports drop in.
 *
 * @param report the notebook's report
 * @param data loadRealityData output
 * @param P the parameter cell
 * @returns nothing
 * @throws {Error} calibrationReportText's error for a report without an 'all' row
 * @example
 * showCalibration(report, data, P);
 */
export function showCalibration(report: Report, data: RealityData, P: Params): void {
  const signed = 'mean signed error > 0: simulation slower';
  report.table(
    calibrationTable(calibrationTableRows(data.calibration.rows), {
      id: 'tab09-calibration',
      dataLabel: `${P.realLabel} replayed by the simulator at their measured rates (${P.calibrationReport}: ${data.calibration.caption}); ${signed}`,
    }),
  );
  report.markdown(calibrationReportText(data.calibration.rows));
  if (data.lovo === null) {
    report.markdown(
      P.lovoReport === null
        ? 'The leave-one-verifier-out check is not shown (no report file in the parameter cell).'
        : `No leave-one-verifier-out report at ${P.lovoReport} (\`npx tsx scripts/calibrate-sim.ts --lovo\` writes it): the error on a verifier the simulator was not calibrated on is not shown.`,
    );
    return;
  }
  report.table(
    calibrationTable(calibrationTableRows(data.lovo.rows), {
      id: 'tab09-calibration-lovo',
      dataLabel: `${P.realLabel}, each verifier replayed with a calibration fitted without it (${P.lovoReport}: ${data.lovo.caption}); ${signed}`,
    }),
  );
  report.markdown(lovoText(data.calibration.rows, data.lovo.rows));
  const where = lovoWhereText(lovoWhere(data.realRows, data.lovo.rows, data.lovo.values, defaultCalibration()));
  if (where !== '') report.markdown(where);
}
