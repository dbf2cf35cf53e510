/**
 * Notebook 05 (generalisation to unseen sequence lengths, Fig. 7): everything the notebook calls.
 * The notebook imports this module only: `import * as step from './lib/paper/held-out/index.js';`.
 */
export { createReport } from '../../io/create-report.js';
export type { Params } from './params.js';
export { loadHeldOutData as load } from './load-held-out-data.js';
export type { HeldOutData } from './load-held-out-data.js';
export { crossValidateSection as crossValidate, fig7Section as fig7, shortHalfSection as shortHalf } from './cross-validation-section.js';
export type { HeldOutResult } from './cross-validation-section.js';
export { readingSection as reading } from './reading-section.js';
export { heldOutClaimsSection as claims } from './held-out-claim.js';
