/**
 * Notebook 03 (pooled decomposition: Fig. 4a–d and the six coefficients): the step's public
 * face. The notebook imports this module only: `import * as step from './lib/paper/pooled/index.js';`.
 */
export { createReport } from '../../io/create-report.js';
export type { Report } from '../../io/create-report.js';
export type { Params, PooledFitOptions } from './params.js';
export type { PooledData } from './pooled-data.js';
export { loadReal, loadSim } from './load-data.js';
export { fitQuality } from './show-fit-quality.js';
export { singlePair } from './show-single-pair.js';
export { coefficientSurface } from './show-coefficient-surface.js';
export { effectiveCollapse } from './show-effective-collapse.js';
export { pooledTracking } from './show-pooled-tracking.js';
export { coefficientTable } from './show-coefficient-table.js';
export { lossComparison } from './show-loss-comparison.js';
export { pooledCoefficients } from './pooled-coefficients.js';
export { fig4Claims } from './show-fig4-claims.js';
export { effectiveCollapseVerdict, singlePairVerdict, smoothVerdict, trackingVerdict } from './fig4-verdicts.js';
