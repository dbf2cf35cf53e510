import type { ClaimVerdict } from '../../io/claim-check.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import type { CollapseDeviation } from './collapse-deviation-bins.js';
import { COLLAPSE_VIEWS, type CollapseData } from './collapse-data.js';
import type { Params } from './params.js';
import type { CollapseResult } from './show-collapse.js';

/**
 * The verdict on the paper's Fig. 1 claim ("L/C1 against RPS·C2 of every dense configuration
 * lies on y = 1/(1 − x)") from the numbers notebook 01 shows: 'holds' when every group's median
 * |L/L_Eq.1 − 1| and every x bin's median are within the tolerances of P.claim; 'partly' when
 * the median over all points is, but a group or a bin is not (a systematic misfit); 'fails'
 * otherwise.
 *
 * @param data the data set
 * @param fig1 collapse output
 * @param dev deviation output
 * @param P the notebook's parameters (claim tolerances, groupBy)
 * @returns the verdict and its evidence sentence
 * @throws {Error} `collapseVerdict requires ...` for tolerances that are not positive or no points
 * @example
 * collapseVerdict(real, fig1, dev, P); // { verdict: 'holds', evidence: '1920 load points of 240 configurations ...' }
 */
export function collapseVerdict(data: CollapseData, fig1: CollapseResult, dev: CollapseDeviation, P: Params): { verdict: ClaimVerdict; evidence: string } {
  const { maxMedianDeviationPct: tol, maxBinDeviationPct: binTol } = P.claim ?? ({} as Params['claim']);
  if (!(tol > 0) || !(binTol > 0)) throw new Error('collapseVerdict requires positive P.claim.maxMedianDeviationPct and P.claim.maxBinDeviationPct');
  const { stats } = fig1;
  if (stats.n === 0) throw new Error('collapseVerdict requires collapse points below x = 1');
  const pct = (v: number): string => `${formatNumber(v, 3)}%`;
  const groupsBeyond = stats.groups.filter((g) => g.medianPct > tol);
  const binOk = dev.maxAbsMedianPct <= binTol;
  const verdict: ClaimVerdict = groupsBeyond.length === 0 && binOk ? 'holds' : stats.medianPct <= tol ? 'partly' : 'fails';
  const groupMedians = stats.groups.map((g) => g.medianPct);
  const baselines =
    fig1.nBaselineConfigs === 0
      ? 'none without speculation, so each (α, k) setting counts as its own Eq. 1 system'
      : `${fig1.nBaselineConfigs} of them without speculation`;
  const evidence =
    `${stats.n} load points of ${fig1.nConfigs} configurations (${baselines}) lie a median ${pct(stats.medianPct)} from y = 1/(1 − x) ` +
    `(per ${P.groupBy} ${pct(Math.min(...groupMedians))} to ${pct(Math.max(...groupMedians))}); the largest binned median deviation is ${pct(dev.maxAbsMedianPct)} ` +
    `(${dev.nBeyond1Pct} of ${dev.bins.length} bins beyond ±1%). Tolerances (P.claim): ${pct(tol)} per ${P.groupBy}, ${pct(binTol)} per bin` +
    (groupsBeyond.length > 0 ? `; beyond it: ${groupsBeyond.map((g) => `${g.group} (${pct(g.medianPct)})`).join(', ')}` : '') +
    (binOk ? '.' : `; a bin beyond ${pct(binTol)} is a systematic misfit, not scatter.`);
  return { verdict, evidence };
}

/**
 * Records notebook 01's verdict on the claim 'fig1-collapse' for one data set (see
 * {@link collapseVerdict}), linked to that data set's Fig. 1.
 *
 * @param report the notebook's report (created with its notebook name)
 * @param data the data set
 * @param fig1 collapse output
 * @param dev deviation output
 * @param P the notebook's parameters
 * @returns nothing: the claim goes to the report (collapseVerdict gives the same values)
 * @throws {Error} as collapseVerdict and report.claim
 * @example
 * collapseClaim(report, real, fig1, dev, P);
 */
export function collapseClaim(report: Report, data: CollapseData, fig1: CollapseResult, dev: CollapseDeviation, P: Params): void {
  const { verdict, evidence } = collapseVerdict(data, fig1, dev, P);
  report.claim({ claim: 'fig1-collapse', data: data.kind, verdict, evidence, figure: COLLAPSE_VIEWS[data.kind].collapseId });
}
