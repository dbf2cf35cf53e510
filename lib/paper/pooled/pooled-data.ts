import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import type { PooledFitOptions } from './params.js';

/** One data set of notebook 03 as its step functions use it (loadReal, loadSim). */
export interface PooledData {
  kind: 'real' | 'simulated';
  /** What the data are, for captions. */
  label: string;
  rows: TidyRow[];
  /** Options of every fit of these rows (P.real.fit or P.sim.fit). */
  fit: PooledFitOptions;
  /** Bootstrap resamples per system. */
  nBoot: number;
  /** End of the reference curve of Fig. 4c. */
  collapseXMax: number;
  /** One pooled Eq. 3 fit per system (each carries its settings' own Eq. 1 fits). */
  sdFits: GroupFit<SdFit>[];
  /** One Eq. 1 pair per system for all its speculative settings (Fig. 4a); runs without speculation (drafter '') form their own groups. */
  singleFits: GroupFit<Eq1Fit>[];
  /** The system of the figures: its pooled fit. */
  system: GroupFit<SdFit> & { fit: SdFit };
  /** Markdown: what was loaded and how well the pooled fits describe it. */
  summary: string;
}

/** Ids and title words of each kind of data (the ids are the outputs' file names). */
export const POOLED_VIEWS = {
  real: {
    name: 'real',
    titleData: 'real vLLM data, ',
    qualityId: 'tab03-fit-quality',
    singleId: 'fig04a-pooled-vs-single',
    surfaceId: 'fig04b-coefficient-surface',
    collapseId: 'fig04c-effective-collapse',
    collapseAllId: 'nb03-effective-collapse-all' as string | null,
    trackingId: 'fig04d-pooled-tracking',
    tableId: 'tab03-sd-coefficients',
  },
  simulated: {
    name: 'simulated',
    titleData: 'SIMULATED ',
    qualityId: 'tab03-fit-quality-sim',
    singleId: 'fig04a-pooled-vs-single-sim',
    surfaceId: 'fig04b-coefficient-surface-sim',
    collapseId: 'fig04c-effective-collapse-sim',
    collapseAllId: null as string | null,
    trackingId: 'fig04d-pooled-tracking-sim',
    tableId: 'tab03-sd-coefficients-sim',
  },
};
