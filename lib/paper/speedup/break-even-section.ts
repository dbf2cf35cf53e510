import type { Report } from '../../io/create-report.js';
import { checkParamValues } from '../shared/check-param-values.js';
import { breakEvenRows } from './break-even-rows.js';
import { breakEvenTable } from './break-even-table.js';
import type { Params } from './params.js';
import type { RatioSet } from './ratio-set.js';

/**
 * Notebook 06's break-even table (tab06-break-even): every k of each alpha of P.breakEvenAlphas,
 * for every data set of ratioSection, with zero-load speedup, break-even load and the best k at
 * zero load and under load. Each alpha must be one every data set holds among its fitted settings.
 *
 * @param report the notebook's report
 * @param sets ratioSection output (simulated workloads, then the real system)
 * @param P the notebook's parameters (breakEvenAlphas)
 * @returns nothing
 * @throws {Error} `speedup: P.breakEvenAlphas ... is not in the ... (alphas: ...)`
 * @example
 * breakEvenSection(report, sets, P);
 */
export function breakEvenSection(report: Report, sets: readonly RatioSet[], P: Pick<Params, 'breakEvenAlphas'>): void {
  const rows = sets.flatMap((s) => {
    checkParamValues(P.breakEvenAlphas, s.rows.map((r) => r.alpha), {
      step: 'speedup',
      name: 'breakEvenAlphas',
      data: `fitted settings of the ${s.system.data} ${s.system.name}`,
      plural: 'alphas',
    });
    const suffix = s.system.data === 'simulated' ? ' (simulated)' : s.system.hasBaseline ? ' (real)' : ' (real, implied baseline)';
    return breakEvenRows(s.rows, { alphas: P.breakEvenAlphas, suffix });
  });
  const sim = sets.find((s) => s.system.data === 'simulated');
  const real = sets.find((s) => s.system.data === 'real');
  const realPart = real ? ` and the real measurements${real.system.hasBaseline ? '' : ' (implied baseline)'}` : '';
  report.table(breakEvenTable(rows, { dataLabel: `${sim ? sim.system.label : 'no simulated data'}${realPart}, ratios from the pooled Eq. 3 fits with the ${sets[0]?.system.lossPhrase ?? ''}`, id: 'tab06-break-even' }));
}
