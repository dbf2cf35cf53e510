/**
 * Notebook 09 (reality check: the simulator and the model against real and public measurements):
 * the step's public face. The notebook imports this module only:
 * `import * as step from './lib/paper/reality-check/index.js';`
 */
export { createReport } from '../../io/create-report.js';
export type { Params, RealityData } from './reality-params.js';
export { loadRealityData as load } from './load-reality-data.js';
export { showCalibration } from './show-calibration.js';
export { showSimVsReal } from './show-sim-vs-real.js';
export { showStepCosts } from './show-step-costs.js';
export { fitMagicdec, type MagicdecAnalysis } from './fit-magicdec.js';
export { showMagicdec } from './show-magicdec.js';
export { checkRealityClaims } from './reality-claims.js';
