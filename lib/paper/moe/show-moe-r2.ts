import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { MoeFitSets } from './fit-moe-sets.js';
import { moeR2Comparison } from './moe-r2-comparison.js';
import { moeR2Rows } from './moe-r2-rows.js';
import { moeR2Table } from './moe-r2-table.js';
import type { Params } from './moe-params.js';

/**
 * Notebook 07's R² section: the per-model table of the three fit sets next to the paper's values
 * ('tab07-moe-r2'), the sentences comparing them with the paper, how many points each scored fit
 * has for Eq. 4's four coefficients, and the per-k table of the paper's scoring ('tab07-moe-r2-by-k').
 *
 * @param report the notebook's report
 * @param fits fitMoeSets output
 * @param P the parameter cell
 * @returns nothing (everything goes to the report)
 * @throws {Error} moeR2Rows' error when a set has no successful fit
 * @example
 * showMoeR2(report, fits, P);
 */
export function showMoeR2(report: Report, fits: MoeFitSets, P: Params): void {
  const { labels } = fits;
  const rows = [
    ...moeR2Rows(fits.main, { setting: labels.main }),
    ...moeR2Rows(fits.alternative, { setting: labels.alternative }),
    ...moeR2Rows(fits.whole, { setting: labels.whole }),
  ];
  const data = `SIMULATED data (${P.simDir})`;
  const selection = `prefill ${P.prefill} / decode ${P.decode}, α = ${P.alpha}`;
  report.table(moeR2Table(rows, { id: 'tab07-moe-r2', dataLabel: `${data}, ${selection}, k = ${labels.ks}; ${labels.fits}; R² averaged over each model's configurations` }));
  const lossNote =
    P.loss === 'absolute'
      ? `These are ${labels.fits}, the loss the paper's curve_fit minimised, so their R² compares with the paper's directly.`
      : `These are ${labels.fits}; R² is made of squared errors in seconds, which the absolute loss of the paper's curve_fit minimises, so the same points fitted as the paper did score at least as high.`;
  report.markdown(`${moeR2Comparison(rows, { main: labels.main, alternative: labels.alternative })}\n\n${lossNote}`);
  const points = fits.main.filter((f) => f.fit !== null).map((f) => f.fit!.nPoints);
  if (points.length > 0) {
    report.markdown(
      `Each fit of the paper's scoring (${labels.main}) has ${formatNumber(median(points))} points in the median ` +
        `(${Math.min(...points)} to ${Math.max(...points)}) for Eq. 4's four coefficients: ${formatNumber(median(points) - 4)} degree(s) of freedom in the median.`,
    );
  }
  report.table(
    moeR2Table(moeR2Rows(fits.main, { byK: true }), {
      id: 'tab07-moe-r2-by-k',
      dataLabel: 'simulated',
      caption:
        `MoE fit quality per draft length on ${data}, ${labels.main}, ${selection}: ` +
        `R² of the plain Eq. 1 and the coverage-corrected Eq. 4 fit of each configuration (${labels.fits}). The paper columns` +
        ' repeat its per-model values ' +
        '(arXiv 2605.15051, lower-load half over its whole sweep), which it does not break down by k.',
    }),
  );
}
