import { identifiedSdGroupFits } from '../../fit/identified-sd-coefficients.js';
import type { Report } from '../../io/create-report.js';
import { filterRows, type ColumnCondition } from '../../data/verbs/filter-rows.js';
import { fitGroups } from '../../fit/fit-groups.js';
import { sdCoefficientRows } from '../shared/sd-coefficient-rows.js';
import { sdCoefficientsTable } from '../shared/sd-coefficients-table.js';
import { pooledFitsLabel, type ScalingData } from './load-scaling-data.js';
import type { Fig5Workload, Params } from './params.js';
import { scalingFigure } from './scaling-figure.js';
import { scalingFitsTable } from './scaling-fits-table.js';
import { gpuCount } from './scaling-points.js';
import { scalingVerdictComparison } from './scaling-verdict-comparison.js';
import { sizeScaling, type SizeScaling } from './size-scaling.js';
import { realSizeReading } from './size-reading.js';
import type { SimFig5 } from './sim-fig5.js';


/**
 * Notebook 04's first output: the pooled Eq. 3 coefficients of every real verifier (tab04-sd-coefficients-real).
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @returns nothing
 * @example
 * step.realCoefficients(report, data);
 */
export function realCoefficientsSection(report: Report, data: ScalingData): void {
  report.table(sdCoefficientsTable(sdCoefficientRows(data.realFits), { dataLabel: data.realLabel, id: 'tab04-sd-coefficients-real' }));
}

/**
 * Fig. 5 on the real measurements: the coefficients against model size with proportional and
 * intercept lines (fig05a-scaling-real), their table (tab04-scaling-fits-real), the claim lines, and
 * the reading of where they differ from the paper (realSizeReading; shown only when it has something to say).
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param P the notebook's parameters (sizePerGpu, linearCriteria, realLabel)
 * @returns the size scaling of the real fits
 * @example
 * const real = await step.fig5Real(report, data, P);
 */
export async function fig5RealSection(report: Report, data: ScalingData, P: Params): Promise<SizeScaling> {
  const lengths = `${data.realLengths.prefill}/${data.realLengths.decode}`;
  const real = sizeScaling(data.realFits, { dataLabel: 'the real measurements', tableLabel: `real, ${lengths}`, perGpu: P.sizePerGpu, ...P.linearCriteria });
  await report.figure(
    scalingFigure(
      { points: real.points, fits: [...real.proportional, ...real.linear] },
      { dataLabel: data.realLabel, perGpu: P.sizePerGpu, title: `Coefficients against model size: ${P.realLabel}, ${lengths}`, id: 'fig05a-scaling-real' },
    ),
  );
  report.table(scalingFitsTable(real.tableRows, { dataLabel: data.realLabel, id: 'tab04-scaling-fits-real' }));
  report.markdown(real.claims.text);
  const reading = realSizeReading(real, data.realFits, P);
  if (reading !== '') report.markdown(`**Where the real data differ from the paper, and why** (read with the lines above):\n\n${reading}`);
  return real;
}

/**
 * Fig. 5 on one simulated workload (P.fig5Workloads[index]; id `fig05<b, c, ...>-scaling-sim-<prefill>-<decode>`):
 * pooled Eq. 3 fits of every simulated system there (on all its settings, or the grid's), the figure and
 * claim lines, the comparison with the real verdicts when the workload has the real data's lengths, and the
 * verdicts on the other size axis when a system runs on several GPUs (the choice P.sizePerGpu matters only then).
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param index which workload of P.fig5Workloads
 * @param real fig5RealSection's result
 * @param P the notebook's parameters
 * @returns the workload's fits and size scalings
 * @throws {Error} `scaling: P.fig5Workloads[<i>] ...` when no system has a pooled fit there
 * @example
 * const sims = [];
 * for (let i = 0; i < P.fig5Workloads.length; i++) sims.push(await step.fig5Sim(report, data, i, real, P));
 */
export async function fig5SimSection(report: Report, data: ScalingData, index: number, real: SizeScaling, P: Params): Promise<SimFig5> {
  const workload = P.fig5Workloads[index];
  if (workload === undefined) throw new Error(`scaling: P.fig5Workloads has no entry ${index} (it has ${P.fig5Workloads.length})`);
  const { prefill_tokens: p, decode_tokens: g } = workload;
  const where: Record<string, ColumnCondition> = { prefill_tokens: p, decode_tokens: g };
  if (workload.settings === 'grid') Object.assign(where, P.gridSettings);
  const fits = identifiedSdGroupFits(fitGroups(filterRows(data.simRows, where), { model: 'sd', exclusion: P.simExclusion, loss: data.loss }));
  if (!fits.some((f) => f.fit !== null && f.key.drafter !== '')) throw new Error(`scaling: P.fig5Workloads[${index}] (${p}/${g}) gives no pooled fit of a speculative system`);
  const lengths = `${p}/${g}`;
  const label = `${P.simLabel}, prefill ${p} / decode ${g}; ${data.fitsLabel}`;
  const options = { dataLabel: label, perGpu: P.sizePerGpu, ...P.linearCriteria };
  const scaling = sizeScaling(fits, { ...options, tableLabel: `simulated, ${lengths}` });
  const multiGpu = fits.some((f) => f.fit !== null && gpuCount(f.key.hardware) > 1);
  const other = multiGpu ? sizeScaling(fits, { ...options, perGpu: !P.sizePerGpu }) : null;
  await report.figure(
    scalingFigure(
      { points: scaling.points, fits: [...scaling.proportional, ...scaling.linear] },
      { dataLabel: label, perGpu: P.sizePerGpu, title: `Coefficients against model size: SIMULATED, ${lengths}`, id: `fig05${String.fromCharCode(98 + index)}-scaling-sim-${p}-${g}` },
    ),
  );
  const text = [scaling.claims.text];
  if (p === data.realLengths.prefill && g === data.realLengths.decode) text.push(scalingVerdictComparison(real.claims, scaling.claims, { reference: 'real', other: 'simulated' }));
  if (other) {
    const names = P.sizePerGpu ? { reference: 'per-GPU-size', other: 'whole-model-size' } : { reference: 'whole-model-size', other: 'per-GPU-size' };
    text.push(`The other size axis: ${scalingVerdictComparison(scaling.claims, other.claims, names)}`);
  }
  report.markdown(text.join('\n\n'));
  return { workload, lengths, label, fits, scaling, other };
}

/**
 * The simulated Fig. 5 tables: the size lines of every workload (tab04-scaling-fits-sim) and the
 * pooled coefficients of each workload's systems (tab04-sd-coefficients-sim-<prefill>-<decode>).
 *
 * @param report the notebook's report
 * @param sims fig5SimSection's results
 * @param P the notebook's parameters (simLabel, loss)
 * @returns nothing
 * @example
 * step.fig5SimTables(report, sims, P);
 */
export function fig5SimTablesSection(report: Report, sims: readonly SimFig5[], P: Params): void {
  report.table(scalingFitsTable(sims.flatMap((s) => s.scaling.tableRows), { dataLabel: `${P.simLabel}; ${pooledFitsLabel(P.loss)}`, id: 'tab04-scaling-fits-sim' }));
  for (const s of sims) {
    report.table(sdCoefficientsTable(sdCoefficientRows(s.fits, null, ' (simulated)'), { dataLabel: s.label, id: `tab04-sd-coefficients-sim-${s.lengths.replace('/', '-')}` }));
  }
}
