/**
 * Notebook 02 (speculative decoding per setting: Fig. 2a, Fig. 2b, Fig. 3): the step's public
 * face. The notebook imports this module only: `import * as step from './lib/paper/per-setting/index.js';`.
 */
export { createReport } from '../../io/create-report.js';
export type { Report } from '../../io/create-report.js';
export type { Params, PerSettingFitOptions } from './params.js';
export type { PerSettingData } from './per-setting-data.js';
export { loadReal, loadSim } from './load-data.js';
export { latencyCurves } from './show-latency-curves.js';
export { ratioHeatmap } from './show-ratio-heatmap.js';
export { bestOverK } from './show-best-over-k.js';
export { shapeClaim, shapeVerdict } from './shape-claim.js';
export { impliedBaseline } from './show-implied-baseline.js';
export { offeredRates } from './show-offered-rates.js';
