/**
 * Notebook 08 (appendix: tail latency): the step's public face. The notebook imports this module
 * only: `import * as step from './lib/paper/tails/index.js';`
 */
export { createReport } from '../../io/create-report.js';
export type { Params, TailPanel, TailData, TailFitted } from './tails-params.js';
export { loadTailData as load } from './load-tail-data.js';
export { fitTails } from './fit-tails.js';
export { showTails } from './show-tails.js';
export { checkTailClaims } from './tail-claims.js';
