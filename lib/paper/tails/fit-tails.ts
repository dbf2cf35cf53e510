import { fitGroups } from '../../fit/fit-groups.js';
import { tailFits } from './tail-fits.js';
import { tailSummary } from './tail-summary.js';
import type { Params, TailData, TailFitted } from './tails-params.js';

/**
 * Notebook 08's fits, every one with the loss P.loss: Eq. 1 to the mean latency of every configuration (fitGroups), then Eq. 1
 * against each tail statistic of P.statistics on the same load points (tailFits: refitted, mean
 * model scaled, mean model unchanged), summarised per verifier (tailSummary).
 *
 * @param data loadTailData output
 * @param P the parameter cell
 * @returns the mean fits, the tail fits and their summary
 * @throws {Error} tailSummary's error when no configuration has three values of a statistic
 * @example
 * const fitted = fitTails(data, P);
 */
export function fitTails(data: TailData, P: Params): TailFitted {
  const fits = fitGroups(data.rows, { model: 'eq1', loss: P.loss });
  const tails = tailFits(data.rows, fits, P.statistics, { loss: P.loss });
  return { fits, tails, summary: tailSummary(tails, 'verifier') };
}
