import { describe, expect, it } from 'vitest';
import { bestKByLoad } from '../../../lib/paper/reality-check/best-k-by-load.js';

const g = (verifier: string, k: number, alpha: number | null, c1: number, c2: number, ok = true) => ({
  key: { verifier, drafter: 'eagle', hardware: 'A100', prefill_tokens: 512, decode_tokens: 128, k, alpha },
  label: `${verifier} k=${k}`,
  nRows: 9,
  fit: ok ? { c1, c2 } : null,
  error: ok ? null : 'failed',
});

describe('bestKByLoad', () => {
  it('picks argmin_k C1 and argmin_k C2 per (system, alpha) and counts the paper\'s ordering', () => {
    const r = bestKByLoad([
      g('A', 1, 0.8, 3.0, 0.010),
      g('A', 2, 0.8, 2.5, 0.011),
      g('A', 4, 0.8, 2.2, 0.014), // lowest C1 -> best at zero load
      g('A', 6, 0.8, 2.3, 0.020),
      g('A', 2, 0.5, 2.0, 0.020), // alpha 0.5: C1 tie between k = 2 and k = 3 -> 2; C2 lowest at 3
      g('A', 3, 0.5, 2.0, 0.019),
      g('A', 0, null, 4.0, 0.005), // baseline: ignored
      g('A', 8, 0.8, 1.0, 0.001, false), // failed fit: ignored
      g('B', 1, 0.8, 1.0, 0.01), // a single k: no comparison
    ]);
    expect(r.rows).toEqual([
      { verifier: 'A', prefillTokens: 512, decodeTokens: 128, alpha: 0.5, kZeroLoad: 2, kUnderLoad: 3, nK: 2 },
      { verifier: 'A', prefillTokens: 512, decodeTokens: 128, alpha: 0.8, kZeroLoad: 4, kUnderLoad: 1, nK: 4 },
    ]);
    expect([r.longerAtZeroLoad, r.equal, r.shorterAtZeroLoad]).toEqual([1, 0, 1]);
  });

  it('rejects fits not keyed by configuration', () => {
    expect(() => bestKByLoad('x' as never)).toThrow('bestKByLoad requires an array of group fits');
    expect(() => bestKByLoad([{ key: { verifier: 'A' }, label: '', nRows: 1, fit: { c1: 1, c2: 1 }, error: null }])).toThrow(
      'bestKByLoad requires fits[0].key with verifier, prefill_tokens, decode_tokens and k',
    );
  });
});
