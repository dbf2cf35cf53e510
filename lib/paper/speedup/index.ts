/**
 * Notebook 06 (speedup against load, Eq. 2; the best draft length): everything the notebook calls.
 * The notebook imports this module only: `import * as step from './lib/paper/speedup/index.js';`.
 */
export { createReport } from '../../io/create-report.js';
export type { Params, SpeedupWorkload } from './params.js';
export { loadSpeedupData as load } from './load-speedup-data.js';
export type { SpeedupData, SpeedupSystem } from './load-speedup-data.js';
export { coefficientsSection as coefficients } from './coefficients-section.js';
export { simulatedSpeedup } from './simulated-speedup-section.js';
export { realSpeedupSection as realSpeedup } from './real-speedup-section.js';
export { bestKSection as bestK } from './best-k-section.js';
export { ratioSection as ratios } from './ratio-section.js';
export { breakEvenSection as breakEven } from './break-even-section.js';
export { recommendationsSection as recommendations } from './recommendations-section.js';
export { eq2Claims } from './eq2-claims.js';
export type { MeasuredSpeedups } from './measured-speedups.js';
