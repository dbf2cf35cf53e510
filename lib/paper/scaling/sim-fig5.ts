import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import type { Fig5Workload } from './params.js';
import type { SizeScaling } from './size-scaling.js';

/** Fig. 5 of one simulated workload, as fig5Sim computed it. */
export interface SimFig5 {
  workload: Fig5Workload;
  /** '512/128'. */
  lengths: string;
  /** Caption label, e.g. 'SIMULATED reference data (...), prefill 512 / decode 128'. */
  label: string;
  fits: GroupFit<SdFit>[];
  scaling: SizeScaling;
  /** The same fits on the other size axis (whole model vs per GPU), when a system runs on several GPUs; else null. */
  other: SizeScaling | null;
}
