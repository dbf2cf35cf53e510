import type { FitLoss } from '../../fit/fit-loss.js';
import { checkFitLoss } from '../../fit/fit-loss.js';
import type { Report } from '../../io/create-report.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { sdCoefficientRows } from '../shared/sd-coefficient-rows.js';
import { sdCoefficientsTable } from '../shared/sd-coefficients-table.js';
import type { Params } from './params.js';
import { pooledCoefficients } from './pooled-coefficients.js';
import type { PooledData } from './pooled-data.js';

/**
 * The six coefficients of every system under each loss of `P.lossComparison.losses`, side by side
 * in one table with bootstrap intervals (the same resampling for both), and a computed sentence:
 * per coefficient, the median relative change between the first two losses over the systems, and
 * each loss's median MAPE and R². The fits use the data's fit options with only the loss changed.
 * The paper fitted with SciPy's curve_fit, unweighted: the 'absolute' loss.
 *
 * @param report where the table and the sentence go
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (lossComparison: the losses; bootstrap: seed and level)
 * @returns nothing; writes table `tab03-sd-coefficients-by-loss` (real) or `...-sim` (simulated)
 * @throws {Error} `pooled: P.lossComparison.losses must name two losses ...` for a bad list
 * @example
 * step.lossComparison(report, real, P);
 */
export function lossComparison(report: Report, data: PooledData, P: Params): void {
  const losses = P.lossComparison.losses;
  if (!Array.isArray(losses) || losses.length < 2 || new Set(losses).size !== losses.length) {
    throw new Error(`pooled: P.lossComparison.losses must name two or more different losses ('relative', 'absolute'), got ${JSON.stringify(losses)}`);
  }
  for (const l of losses) checkFitLoss('pooled: P.lossComparison.losses', l);
  const { seed, level } = P.bootstrap;
  const used: FitLoss = checkFitLoss('pooled', data.fit.loss);
  const byLoss = losses.map((loss) => ({ loss, ...pooledCoefficients(data.rows, { ...data.fit, loss }, { nBoot: data.nBoot, seed, level }) }));
  const rows = byLoss.flatMap((b) => sdCoefficientRows(b.fits, b.boots, ` (${b.loss} loss${data.kind === 'real' ? '' : ', simulated'})`));
  const pct = Math.round(level * 100);
  const caption =
    `Pooled Eq. 3 coefficients per system on ${data.label} under the ${losses.join(' and the ')} loss, in ms (c2_*: ms per concurrent request), ` +
    `with ${pct}% percentile bootstrap intervals (${data.nBoot} resamples, seed ${seed}), R² and MAPE of each fit. ` +
    `relative: residuals (predicted − measured) / measured, for latency noise that scales with the latency; absolute: seconds, unweighted, as SciPy's curve_fit in the paper. ` +
    `The other tables and figures of this notebook use the ${used} loss.`;
  const id = data.kind === 'real' ? 'tab03-sd-coefficients-by-loss' : 'tab03-sd-coefficients-by-loss-sim';
  report.table(sdCoefficientsTable(rows, { dataLabel: data.label, id, caption }));

  const [a, b] = byLoss;
  const changes = SD_COEFFICIENT_NAMES.map((c) => {
    const rel: number[] = [];
    a.fits.forEach((g, i) => {
      const x = g.fit?.[c];
      const y = b.fits[i]?.fit?.[c];
      if (typeof x === 'number' && typeof y === 'number' && y !== 0) rel.push(Math.abs(x / y - 1));
    });
    return rel.length > 0 ? `${c} ${formatNumber(100 * median(rel), 2)}%` : `${c} -`;
  });
  const quality = byLoss.map((q) => {
    const ok = q.fits.flatMap((g) => (g.fit === null ? [] : [g.fit]));
    if (ok.length === 0) return `${q.loss}: no fit`;
    return `${q.loss}: median MAPE ${formatNumber(100 * median(ok.map((f) => f.mape)), 3)}%, median R² ${formatNumber(median(ok.map((f) => f.r2)), 4)}`;
  });
  report.markdown(
    `Median change of each coefficient over the ${a.fits.length} system(s) from the ${b.loss} to the ${a.loss} loss: ${changes.join(', ')}. ` +
      `Fit quality: ${quality.join('; ')}. The relative loss weighs every point by its relative error, so MAPE favours it and R² (a sum of squares in seconds) the absolute one. ` +
      `The paper's figures use the absolute loss (curve_fit); this notebook's other outputs use the ${used} loss (P.real.fit.loss, P.sim.fit.loss).`,
  );
}
