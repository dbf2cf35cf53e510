/**
 * Notebook 04 (coefficients against model size, Fig. 5, and sequence length, Fig. 6): everything the
 * notebook calls. The notebook imports this module only: `import * as step from './lib/paper/scaling/index.js';`.
 */
export { createReport } from '../../io/create-report.js';
export type { Params, Fig5Workload } from './params.js';
export { loadScalingData as load } from './load-scaling-data.js';
export type { ScalingData } from './load-scaling-data.js';
export {
  realCoefficientsSection as realCoefficients,
  fig5RealSection as fig5Real,
  fig5SimSection as fig5Sim,
  fig5SimTablesSection as fig5SimTables,
} from './fig5-sections.js';
export type { SimFig5 } from './sim-fig5.js';
export { fig6Section as fig6, coverageSection as coverage, offeredRatesSection as offeredRates } from './fig6-sections.js';
export { fig5SimReadingSection as fig5SimReading, fig6ReadingSection as fig6Reading } from './reading-sections.js';
export { scorecardClaims as claims } from './scorecard-claims.js';
