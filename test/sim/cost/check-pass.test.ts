import { describe, expect, it } from 'vitest';
import { checkPass } from '../../../lib/sim/cost/check-pass.js';
import type { ForwardPass } from '../../../lib/sim/sim-types.js';

const seqs = (n: number, q: number, c: number) => Array.from({ length: n }, () => ({ queryTokens: q, contextTokens: c }));

describe('checkPass', () => {
  it('accepts a well-formed pass', () => {
    expect(() => checkPass('f', { role: 'drafter', seqs: seqs(2, 3, 0), paddedTokens: 8 })).not.toThrow();
  });

  it('rejects malformed passes, naming the caller', () => {
    expect(() => checkPass('f', { role: 'verifier', seqs: [], paddedTokens: 0 })).toThrow('f requires a pass with at least one sequence');
    expect(() => checkPass('f', { role: 'target', seqs: seqs(1, 1, 0), paddedTokens: 1 } as unknown as ForwardPass)).toThrow("f requires role 'verifier' or 'drafter', got target");
    expect(() => checkPass('f', { role: 'verifier', seqs: seqs(2, 3, 0), paddedTokens: 5 })).toThrow('paddedTokens to be an integer >= the 6 query tokens');
    expect(() => checkPass('f', { role: 'verifier', seqs: seqs(1, 0, 0), paddedTokens: 1 })).toThrow('seqs[0].queryTokens');
    expect(() => checkPass('f', { role: 'verifier', seqs: seqs(1, 1, -1), paddedTokens: 1 })).toThrow('seqs[0].contextTokens');
  });
});
