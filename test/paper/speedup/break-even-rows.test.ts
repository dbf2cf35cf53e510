import { describe, expect, it } from 'vitest';
import { breakEvenRows } from '../../../lib/paper/speedup/break-even-rows.js';
import type { BreakEvenSource } from '../../../lib/paper/speedup/break-even-rows.js';

const row = (alpha: number, k: number): BreakEvenSource & { system: string; c1Baseline: number } => ({
  alpha,
  k,
  prefillTokens: 512,
  decodeTokens: 128,
  c1r: 0.5 + k / 10,
  c2r: 1 + alpha,
  verifier: 'Qwen3-8B',
  system: 'verifier=Qwen3-8B ...',
  c1Baseline: 2,
  c2Baseline: 0.1,
});

describe('breakEvenRows', () => {
  const rows = [row(0.7, 1), row(0.7, 2), row(0.8, 1), row(0.8000000000001, 2)];

  it('maps ratio rows to breakEvenTable rows, selecting alphas and k', () => {
    expect(breakEvenRows(rows, { alphas: [0.8], suffix: ' (sim)' })).toEqual([
      { system: 'Qwen3-8B, 512/128 (sim)', alpha: 0.8, k: 1, c1r: 0.6, c2r: 1.8, c2BaselineS: 0.1 },
      { system: 'Qwen3-8B, 512/128 (sim)', alpha: 0.8000000000001, k: 2, c1r: 0.7, c2r: 1.8000000000001, c2BaselineS: 0.1 },
    ]);
    expect(breakEvenRows(rows, { ks: [2] }).map((r) => r.alpha)).toEqual([0.7, 0.8000000000001]);
  });

  it('rejects an empty selection', () => {
    expect(() => breakEvenRows(rows, { alphas: [0.5] })).toThrow('breakEvenRows requires a selection that keeps at least one row');
  });
});
