import type { ForwardPass } from '../sim-types.js';

/**
 * Checks a forward pass: a role, at least one sequence, integer token counts
 * (queryTokens >= 1, contextTokens >= 0) and paddedTokens >= the sum of queryTokens.
 *
 * @param fn calling function's name for the message
 * @param pass the pass
 * @example
 * checkPass('timePass', { role: 'verifier', seqs: [{ queryTokens: 4, contextTokens: 600 }], paddedTokens: 4 }); // ok
 * @throws {Error} `<fn> requires ...` on the first problem found
 */
export function checkPass(fn: string, pass: ForwardPass): void {
  if (pass === null || typeof pass !== 'object' || !Array.isArray(pass.seqs) || pass.seqs.length === 0) {
    throw new Error(`${fn} requires a pass with at least one sequence`);
  }
  if (pass.role !== 'verifier' && pass.role !== 'drafter') {
    throw new Error(`${fn} requires role 'verifier' or 'drafter', got ${String(pass.role)}`);
  }
  let sum = 0;
  for (let i = 0; i < pass.seqs.length; i += 1) {
    const s = pass.seqs[i];
    if (!Number.isInteger(s.queryTokens) || s.queryTokens < 1) {
      throw new Error(`${fn} requires seqs[${i}].queryTokens to be an integer >= 1, got ${s.queryTokens}`);
    }
    if (!Number.isInteger(s.contextTokens) || s.contextTokens < 0) {
      throw new Error(`${fn} requires seqs[${i}].contextTokens to be an integer >= 0, got ${s.contextTokens}`);
    }
    sum += s.queryTokens;
  }
  if (!Number.isInteger(pass.paddedTokens) || pass.paddedTokens < sum) {
    throw new Error(`${fn} requires paddedTokens to be an integer >= the ${sum} query tokens, got ${pass.paddedTokens}`);
  }
}

