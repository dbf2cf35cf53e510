import type { Report } from '../../io/create-report.js';
import { ratioClaims } from '../shared/ratio-claims.js';
import { ratioRows } from '../shared/ratio-rows.js';
import type { SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import type { SpeedupData, SpeedupSystem } from './load-speedup-data.js';
import type { Params } from './params.js';
import type { RealSpeedupResult } from './real-speedup-section.js';
import { ratioReading } from './ratio-reading.js';
import type { RatioSet } from './ratio-set.js';

/**
 * Notebook 06's ratios: C1R, C2R of every (alpha, k) of each simulated workload and of the real
 * system from the pooled Eq. 3 fits (both sides pooled, so that the baseline is the fit's k = 0
 * prediction), the paper's three Fig. 2b claims counted per data set (threshold P.highAlpha), and
 * a reading of where they differ from the paper whose sentences follow the counts (ratioReading).
 *
 * @param report the notebook's report
 * @param data loadSpeedupData output
 * @param coverage the coverage rows of coefficientsSection
 * @param implied the implied-baseline checks of realSpeedupSection
 * @param P the notebook's parameters (highAlpha, completedRatioMin, impliedBaselineTolerance)
 * @returns the ratio sets, simulated workloads first, the real system last
 * @throws {Error} as ratioRows and ratioClaims
 * @example
 * const ratios = ratioSection(report, data, coverage, implied, P);
 */
export function ratioSection(
  report: Report,
  data: SpeedupData,
  coverage: readonly SweepLoadCoverageRow[],
  implied: RealSpeedupResult,
  P: Pick<Params, 'highAlpha' | 'completedRatioMin' | 'impliedBaselineTolerance'>,
): RatioSet[] {
  const set = (system: SpeedupSystem, heading: string): RatioSet => {
    const rows = ratioRows(system.fits, { baseline: 'pooled', numerator: 'pooled' });
    return { system, heading, rows, claims: ratioClaims(rows, P.highAlpha) };
  };
  const r = data.real;
  const sets = [
    ...data.sim.map((s) => set(s, `Simulated ${s.prefillTokens}/${s.decodeTokens}`)),
    set(r, `Real ${r.prefillTokens}/${r.decodeTokens}${r.hasBaseline ? '' : ' (implied baseline; the argmin claim needs none)'}`),
  ];
  report.markdown(sets.map((s) => `**${s.heading}:**\n${s.claims.text}`).join('\n\n'));
  const reading = ratioReading(sets, { coverage, implied }, P);
  if (reading !== '') report.markdown(reading);
  return sets;
}
