/**
 * Notebook 01 (baseline collapse, Fig. 1): the step's public face. The notebook imports this
 * module only: `import * as step from './lib/paper/collapse/index.js';`.
 */
export { createReport } from '../../io/create-report.js';
export type { Report } from '../../io/create-report.js';
export type { Params } from './params.js';
export type { CollapseData } from './collapse-data.js';
export type { CollapseResult } from './show-collapse.js';
export { loadReal, loadSim } from './load-data.js';
export { eq1Fits } from './show-eq1-fits.js';
export { littleLaw } from './show-little-law.js';
export { collapse } from './show-collapse.js';
export { deviation } from './show-deviation.js';
export { collapseClaim, collapseVerdict } from './collapse-claim.js';
export { offeredRates } from './show-offered-rates.js';
