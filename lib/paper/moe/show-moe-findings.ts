import type { Report } from '../../io/create-report.js';
import type { MoeFitSets } from './fit-moe-sets.js';
import { moeFindings } from './moe-findings.js';
import type { Params } from './moe-params.js';

/**
 * Notebook 07's findings: the paper's three MoE findings measured on the whole-sweep fits and on
 * the paper's scoring (P.smallKs against P.largeKs for the third).
 *
 * @param report the notebook's report
 * @param fits fitMoeSets output
 * @param P the parameter cell
 * @returns nothing
 * @throws {Error} moeFindings' error when a set has no successful fit
 * @example
 * showMoeFindings(report, fits, P);
 */
export function showMoeFindings(report: Report, fits: MoeFitSets, P: Params): void {
  const options = { smallKs: P.smallKs, largeKs: P.largeKs };
  report.markdown(`**Whole sweeps (${fits.labels.whole}):**\n\n${moeFindings(fits.whole, options).text}`);
  report.markdown(`**The paper's scoring (${fits.labels.main}):**\n\n${moeFindings(fits.main, options).text}`);
}
