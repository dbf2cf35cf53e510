import type { Report } from '../../io/create-report.js';
import { singlePairVerdict, smoothVerdict, trackingVerdict } from './fig4-verdicts.js';
import type { Params } from './params.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';

/**
 * Notebook 03: the claim checks of Fig. 4a, 4b and 4d for a data set whose figures are not
 * drawn (the simulated systems): each verdict with its evidence, shown as a sentence and
 * recorded without a figure.
 *
 * @param report the notebook's report
 * @param data loadSim output (or any data set)
 * @param P the notebook's parameters (claims)
 * @returns nothing: sentences and claims go to the report
 * @throws {Error} as the verdict functions
 * @example
 * fig4Claims(report, sim, P);
 */
export function fig4Claims(report: Report, data: PooledData, P: Params): void {
  const name = POOLED_VIEWS[data.kind].name;
  const checks = [
    ['fig4a-single-pair', 'Fig. 4a', singlePairVerdict(data, P)],
    ['fig4b-smooth', 'Fig. 4b', smoothVerdict(data, P)],
    ['fig4d-pooled-tracks', 'Fig. 4d', trackingVerdict(data, P)],
  ] as const;
  report.markdown(checks.map(([, figure, v]) => `- ${figure}, ${name} data: ${v.evidence}`).join('\n'));
  for (const [claim, , v] of checks) report.claim({ claim, data: data.kind, verdict: v.verdict, evidence: v.evidence, figure: null });
}
