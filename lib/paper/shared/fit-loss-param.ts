import type { FitLoss } from '../../fit/fit-loss.js';

/** The losses a notebook parameter may name (see lib/fit/fit-loss.ts). */
export const FIT_LOSSES: readonly FitLoss[] = ['relative', 'absolute'];

/**
 * Checks the loss a notebook's parameter cell names, so that a bad value fails in the first cell
 * that uses it with a message listing the losses there are. Unlike the fitters' own check, a
 * missing loss is an error: the parameter cell names the loss every fit of the notebook uses.
 *
 * @param step the notebook's step, first word of the message (e.g. 'collapse')
 * @param name the parameter as the notebook writes it (e.g. 'P.real.fit.loss')
 * @param loss the parameter's value
 * @returns the loss
 * @throws {Error} `<step>: <name> <value> is not a loss (losses: relative, absolute)`
 * @example
 * checkLossParam('collapse', 'P.real.fit.loss', 'absolute'); // 'absolute'
 * checkLossParam('collapse', 'P.real.fit.loss', 'log'); // throws 'collapse: P.real.fit.loss log is not a loss (losses: relative, absolute)'
 */
export function checkLossParam(step: string, name: string, loss: unknown): FitLoss {
  if (FIT_LOSSES.includes(loss as FitLoss)) return loss as FitLoss;
  const shown = typeof loss === 'string' ? loss : loss === undefined ? 'undefined (not set)' : JSON.stringify(loss);
  throw new Error(`${step}: ${name} ${shown} is not a loss (losses: ${FIT_LOSSES.join(', ')})`);
}

/**
 * How captions and sentences name a fit's loss, after "with the": what the residuals are, and
 * for the absolute loss that it is the paper's choice (SciPy's curve_fit, unweighted).
 *
 * @param loss the loss of the fits described
 * @returns the phrase, e.g. 'relative loss (residuals divided by the measured latency)'
 * @throws {Error} `fitLossPhrase requires loss 'relative' or 'absolute', got ...`
 * @example
 * `C1 and C2 from Eq. 1 fits with the ${fitLossPhrase('absolute')}`;
 * // "... with the absolute loss (residuals in seconds, the paper's curve_fit)"
 */
export function fitLossPhrase(loss: FitLoss): string {
  if (loss === 'relative') return 'relative loss (residuals divided by the measured latency)';
  if (loss === 'absolute') return "absolute loss (residuals in seconds, the paper's curve_fit)";
  throw new Error(`fitLossPhrase requires loss 'relative' or 'absolute', got ${JSON.stringify(loss)}`);
}
