import { identifiedSdGroupFits } from '../../fit/identified-sd-coefficients.js';
import type { TidyRow } from '../../data/tidy-schema.js';
import { groupRows } from '../../data/verbs/group-rows.js';
import { sweepColumns } from '../../data/verbs/sweep-columns.js';
import { excludeSaturated } from '../../fit/exclude-saturated.js';
import { median } from '../../util/median.js';
import type { Report } from '../../io/create-report.js';
import { filterRows, type ColumnCondition } from '../../data/verbs/filter-rows.js';
import { withOfferedRates } from '../../data/verbs/with-offered-rates.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { formatNumber } from '../../util/format-number.js';
import { benchmarkWindow } from '../shared/benchmark-window.js';
import { decodeWeightFits, type DecodeWeightFit } from '../shared/decode-weight-fits.js';
import { sweepLoadCoverage, type SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import { lengthClaims, type LengthClaims } from './length-claims.js';
import type { LengthScalingPoint } from './length-scaling-figure.js';
import { lengthScalingFigure } from './length-scaling-figure.js';
import { lengthScalingFits, type LengthScalingLine } from './length-scaling-fits.js';
import { lengthScalingPoints } from './length-scaling-points.js';
import { lengthScalingTable } from './length-scaling-table.js';
import type { ScalingData } from './load-scaling-data.js';
import type { Params } from './params.js';
import { sweepLoadCoverageTable } from './sweep-load-coverage-table.js';

/** Fig. 6 checked on one set of length-scaling points. */
export interface Fig6Check {
  points: LengthScalingPoint[];
  lines: LengthScalingLine[];
  weights: DecodeWeightFit[];
  claims: LengthClaims;
}

/** Fig. 6 over the whole grid, with its caption label. */
export interface Fig6Result extends Fig6Check {
  fits: GroupFit<SdFit>[];
  /** E.g. 'SIMULATED reference data (...), 16 prefill/decode pairs (256–1024 tokens each)'. */
  label: string;
}

/** Lines, decode weights and claims of a set of points (P.decodeWeight, P.linearCriteria.r2Min). */
export function fig6Check(points: LengthScalingPoint[], label: string, P: Pick<Params, 'decodeWeight' | 'linearCriteria'>): Fig6Check {
  const lines = lengthScalingFits(points, { decodeWeight: P.decodeWeight });
  const weights = decodeWeightFits(points, { referenceWeights: { c2_v: P.decodeWeight } });
  return { points, lines, weights, claims: lengthClaims(lines, weights, { dataLabel: label, r2Min: P.linearCriteria.r2Min }) };
}

/** 'prefill/decode pairs (256–1024 tokens each)' or '(prefill 256–1024, decode 128–512 tokens)'. */
function gridText(P: Pick<Params, 'gridLengths'>, nPairs: number): string {
  const range = (v: readonly number[]): string => `${Math.min(...v)}–${Math.max(...v)}`;
  const pr = range(P.gridLengths.prefill_tokens);
  const dr = range(P.gridLengths.decode_tokens);
  return `${nPairs} prefill/decode pairs (${pr === dr ? `${pr} tokens each` : `prefill ${pr}, decode ${dr} tokens`})`;
}

/**
 * Fig. 6 on the simulated grid: one pooled Eq. 3 fit per (model, prefill, decode) system, c2_p
 * against p and c2_v against p + P.decodeWeight·g per model (fig06-length-scaling-sim), the lines
 * and best-fitting decode weights (tab04-length-scaling-sim) and the claim lines.
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param P the notebook's parameters
 * @returns the fits, points, lines, weights and claims
 * @example
 * const fig6 = await step.fig6(report, data, P);
 */
export async function fig6Section(report: Report, data: ScalingData, P: Params): Promise<Fig6Result> {
  const fits = identifiedSdGroupFits(fitGroups(data.gridRows, { model: 'sd', exclusion: P.simExclusion, loss: data.loss }));
  const nPairs = new Set(data.gridRows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`)).size;
  const label = `${P.simLabel}, ${gridText(P, nPairs)}; ${data.fitsLabel}`;
  const check = fig6Check(lengthScalingPoints(fits), label, P);
  await report.figure(
    lengthScalingFigure(
      { points: check.points, fits: check.lines },
      { dataLabel: label, decodeWeight: P.decodeWeight, title: 'Load-dependent coefficients against sequence length: SIMULATED', id: 'fig06-length-scaling-sim' },
    ),
  );
  report.table(lengthScalingTable({ lines: check.lines, weights: check.weights }, { dataLabel: label, id: 'tab04-length-scaling-sim' }));
  report.markdown(check.claims.text);
  return { ...check, fits, label };
}

/** The sweeps' coverage per model and decode length, and Fig. 6 on the short half of the grid. */
export interface CoverageResult {
  coverage: SweepLoadCoverageRow[];
  short: Fig6Check;
}

/**
 * How much of the load curve the simulated sweeps of the grid measure, per model and decode length
 * (tab04-sweep-coverage-sim; the sentences name the benchmark window read from the rows), and
 * Fig. 6 again on the short half of the grid (decode lengths P.shortDecodes, the same pooled fits).
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param fig6 fig6Section's result
 * @param P the notebook's parameters
 * @returns the coverage rows and the short half's check
 * @example
 * const coverage = step.coverage(report, data, fig6, P);
 */
export function coverageSection(report: Report, data: ScalingData, fig6: Fig6Result, P: Params): CoverageResult {
  const coverage = sweepLoadCoverage(data.gridRows, { exclusion: P.simExclusion });
  report.table(sweepLoadCoverageTable(coverage.rows, { dataLabel: fig6.label, id: 'tab04-sweep-coverage-sim' }));
  const decodes = [...P.shortDecodes];
  const shortLabel = `${P.simLabel}, decode ${decodes.length <= 1 ? decodes.join('') : `${decodes.slice(0, -1).join(', ')} and ${decodes[decodes.length - 1]}`} only; ${data.fitsLabel}`;
  const short = fig6Check(filterRows(fig6.points, { decodeTokens: decodes as ColumnCondition }), shortLabel, P);
  report.markdown(
    `Per decode length, over all models, prefill lengths and (α, k) settings, inside ${benchmarkWindow(data.gridRows).text}:\n${coverage.text}\n\n` +
      `**Fig. 6 on the short half of the grid**, the same pooled fits:\n${short.claims.text}`,
  );
  return { coverage: coverage.rows, short };
}

/** Fig. 6 with the sent rate as the rate of Eq. 1. */
export interface OfferedResult extends Fig6Check {
  /** Open-loop benchmarks whose rate changed, and their median completed / sent ratio. */
  nChanged: number;
  medianRatio: number;
  /**
   * The highest constant rate each sweep keeps after the exclusion rules (P.simExclusion): how many
   * sweeps, the median completed / sent ratio there, and how many complete less than P.completedRatioMin of what was sent.
   */
  topRate: { n: number; medianRatio: number; nBelowMin: number };
}

/** completed / sent at the highest kept constant rate of every sweep (the rows' sweeps as excludeSaturated groups them). */
function topRateRatios(rows: readonly TidyRow[], P: Params): OfferedResult['topRate'] {
  const kept = excludeSaturated(rows, P.simExclusion).kept.filter((r) => r.strategy === 'constant' && typeof r.rate_rps === 'number' && (r.rate_rps as number) > 0);
  const ratios = groupRows(kept, sweepColumns(kept)).map((sweep) => {
    const top = sweep.rows.reduce((a, b) => ((b.rate_rps as number) > (a.rate_rps as number) ? b : a));
    return top.measured_rps / (top.rate_rps as number);
  });
  return { n: ratios.length, medianRatio: median(ratios), nBelowMin: ratios.filter((x) => x < P.completedRatioMin).length };
}

/**
 * The rate sensitivity of Fig. 6: the same pooled fits with the rate requests were sent at
 * (`rate_rps`) in place of the completed-request rate (withOfferedRates), and the claims on them.
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param fig6 fig6Section's result
 * @param P the notebook's parameters
 * @returns the check against the sent rate, how many benchmarks changed, and completed / sent at each sweep's highest kept rate
 * @example
 * const offered = step.offeredRates(report, data, fig6, P);
 */
export function offeredRatesSection(report: Report, data: ScalingData, fig6: Fig6Result, P: Params): OfferedResult {
  const offered = withOfferedRates(data.gridRows);
  const check = fig6Check(lengthScalingPoints(identifiedSdGroupFits(fitGroups(offered.rows, { model: 'sd', exclusion: P.simExclusion, loss: data.loss }))), `${fig6.label}, fitted against the sent rate`, P);
  report.markdown(`${offered.nChanged} constant-rate benchmarks changed (median completed / sent ${formatNumber(offered.medianRatio)}).\n\n${check.claims.text}`);
  return { ...check, nChanged: offered.nChanged, medianRatio: offered.medianRatio, topRate: topRateRatios(data.gridRows, P) };
}
