import type { TidyRow } from '../../data/tidy-schema.js';
import type { CollapseFitOptions } from './params.js';

/** One data set of notebook 01 as its step functions use it (loadReal, loadSim). */
export interface CollapseData {
  kind: 'real' | 'simulated';
  /** What the data are, for captions (P.real.label or P.sim.label). */
  label: string;
  /** The rows shown and fitted. */
  rows: TidyRow[];
  /** Options of every Eq. 1 fit of these rows (P.real.fit or P.sim.fit, the loss checked). */
  fit: CollapseFitOptions;
  /** Where C1 and C2 come from, with the fits' loss, for the captions. */
  fitLabel: string;
  /** End of the reference curve of Fig. 1. */
  collapseXMax: number;
  /** Markdown: what the rows hold (and which sweeps were left out). */
  summary: string;
}

/** Figure ids and titles of each kind of data (the ids are the outputs' file names). */
export const COLLAPSE_VIEWS = {
  real: {
    name: 'real vLLM data',
    littleId: 'nb01-little-batch',
    littleTitle: "Little's Law, real vLLM data: RPS × L against measured concurrency",
    collapseId: 'fig01-collapse',
    collapseTitle: 'Universal collapse (Fig. 1), real vLLM data: L/C₁ against RPS·C₂',
    deviationId: 'fig01b-collapse-deviation',
    deviationTitle: 'Deviation from the collapse curve by utilisation, real vLLM data',
    offeredTitle: 'Deviation from the collapse curve, real vLLM data, offered rates',
  },
  simulated: {
    name: 'simulated data',
    littleId: 'nb01-little-batch-sim',
    littleTitle: "Little's Law, SIMULATED: RPS × L against measured concurrency",
    collapseId: 'fig01-collapse-sim',
    collapseTitle: 'Universal collapse (Fig. 1), SIMULATED dense systems: L/C₁ against RPS·C₂',
    deviationId: 'nb01-collapse-deviation-sim',
    deviationTitle: 'Deviation from the collapse curve by utilisation, SIMULATED',
    offeredTitle: 'Deviation from the collapse curve, SIMULATED, offered rates',
  },
} as const;
