import { describe, expect, it } from 'vitest';
import { moeFindings } from '../../../lib/paper/moe/moe-findings.js';
import type { MoeConfigFit } from '../../../lib/paper/moe/moe-fits.js';

function config(verifier: string, k: number, plainR2: number, r2: number, lowS: number, highS: number): MoeConfigFit {
  return {
    verifier,
    prefillTokens: 512,
    decodeTokens: 128,
    k,
    alpha: k === 0 ? null : 0.8,
    experts: 32,
    active: 4,
    assumption: 'k+1',
    rows: [],
    error: null,
    fit: {
      c1_u: 0.5,
      c1_s: 0.8,
      c2_u: 0.01,
      c2_s: 0.03,
      loss: 'relative',
      unidentified: [],
      r2,
      mape: 0,
      rmseS: 0,
      residuals: [],
      points: [
        { index: 1, source: '', kind: 'open', x: 10, latencyS: highS, predictedS: highS },
        { index: 0, source: '', kind: 'closed', x: 1, latencyS: lowS, predictedS: lowS },
      ],
      nPoints: 2,
      excluded: [],
      tokensPerRequest: 1,
      plainEq1: { c1: 1, c2: 0.05, r2: plainR2, mape: 0 },
      converged: true,
      iterations: 1,
      warnings: [],
    },
  };
}

describe('moeFindings', () => {
  // Full coverage: C1 = 1.3 s, C2 = 0.04 s. Lowest load (closed, c = 1): dense 1.3 + 0.04 = 1.34 s.
  // Highest load (open, 10 requests/s): dense 1.3 / (1 - 0.4) = 2.1667 s.
  const fits = [config('m', 0, 0.7, 0.99, 0.67, 2.1), config('m', 1, 0.8, 0.99, 0.67, 2.1), config('m', 10, 0.97, 0.98, 1.34, 2.1)];
  const r = moeFindings(fits);

  it('measures the gap to the full-coverage prediction at the lowest and highest load', () => {
    const m = r.models[0];
    expect(m.nFits).toBe(3);
    // (1 - 0.67/1.34) * 2/3 + 0 * 1/3 = 1/3
    expect(m.lowLoadGapPct).toBeCloseTo((100 * (0.5 + 0.5 + 0)) / 3, 10);
    expect(m.highLoadGapPct).toBeCloseTo(100 * (1 - 2.1 / (1.3 / 0.6)), 10);
    expect(m.lowLoadCoverage).toBeCloseTo(1 - 28 / 32, 12); // T = 1 request x 1 token
    expect(m.highLoadCoverage).toBeCloseTo(1 - (28 / 32) ** 21, 12); // T = 10 x 2.1 x 1
  });

  it('compares the R² gain at small and at large k', () => {
    expect(r.models[0].smallKGain).toBeCloseTo((0.29 + 0.19) / 2, 12);
    expect(r.models[0].largeKGain).toBeCloseTo(0.01, 12);
    expect(moeFindings(fits, { largeKs: [5] }).models[0].largeKGain).toBeNull();
  });

  it('says for each finding whether the data agree', () => {
    expect(r.text).toContain('**m** (3 configurations)');
    expect(r.text).toContain('below the full-coverage ("dense") prediction');
    expect(r.text).toContain('MoE beats the dense prediction at low load — agrees.');
    expect(r.text).toContain('the gap closes as load rises — agrees.');
    expect(r.text).toContain('The correction matters most at small k — agrees: mean R² gain 0.24 at k ∈ {0, 1, 2} against 0.01 at k ∈ {8, 9, 10}.');
    const reversed = moeFindings([config('m', 0, 0.98, 0.99, 1.4, 2.1), config('m', 10, 0.5, 0.99, 1.4, 2.1)]);
    expect(reversed.text).toContain('above the full-coverage');
    expect(reversed.text).toContain('MoE beats the dense prediction at low load — does not agree.');
    expect(reversed.text).toContain('The correction matters most at small k — does not agree');
    expect(moeFindings([config('m', 3, 0.9, 0.99, 1, 2)]).text).toContain('cannot be checked');
  });

  it('rejects no successful fit', () => {
    expect(() => moeFindings([{ ...config('m', 0, 0.7, 0.9, 1, 2), fit: null, error: 'x' }])).toThrow('moeFindings requires at least one successful fit');
    expect(() => moeFindings(null as never)).toThrow('moeFindings requires an array of MoE fits');
  });
});
