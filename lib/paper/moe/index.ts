/**
 * Notebook 07 (Fig. 8, mixture of experts): the step's public face. The notebook imports this
 * module only: `import * as step from './lib/paper/moe/index.js';`
 */
export { createReport } from '../../io/create-report.js';
export type { Params, MoeData } from './moe-params.js';
export { loadMoeData as load } from './load-moe-data.js';
export { fitMoeSets } from './fit-moe-sets.js';
export type { MoeFitSets } from './fit-moe-sets.js';
export { showMoeFigure } from './show-moe-figure.js';
export { showMoeR2 } from './show-moe-r2.js';
export { showMoeFindings } from './show-moe-findings.js';
export { showMoeStepShares } from './show-moe-step-shares.js';
export { checkMoeClaims } from './moe-claims.js';
