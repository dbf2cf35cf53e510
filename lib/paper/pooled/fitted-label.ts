import { DEFAULT_FIT_LOSS } from '../../fit/fit-loss.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';
import type { PooledData } from './pooled-data.js';

/**
 * The data label of notebook 03's figure and table captions, naming the loss of the fits shown
 * (P.real.fit.loss or P.sim.fit.loss), so a caption never leaves the loss unsaid.
 *
 * @param data loadReal or loadSim output
 * @returns e.g. "speculators-scaling (real); fits with the relative loss (residuals divided by the measured latency)"
 * @example
 * fittedLabel(real); // "…; fits with the relative loss (…)"
 */
export function fittedLabel(data: Pick<PooledData, 'label' | 'fit'>): string {
  return `${data.label}; fits with the ${fitLossPhrase(data.fit.loss ?? DEFAULT_FIT_LOSS)}`;
}
