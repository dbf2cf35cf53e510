import { describe, expect, it } from 'vitest';
import { moeFig8Verdict } from '../../../lib/paper/moe/moe-claims.js';
import type { MoeConfigFit } from '../../../lib/paper/moe/moe-fits.js';

/** A scored configuration with just what the verdict reads: the two R² and the point count. */
function fit(verifier: string, k: number, plainR2: number, r2: number, nPoints = 5): MoeConfigFit {
  return {
    verifier, prefillTokens: 512, decodeTokens: 128, k, alpha: k === 0 ? null : 0.8, experts: 32, active: 4, assumption: 'k+1', rows: [],
    fit: { r2, nPoints, plainEq1: { r2: plainR2 } } as unknown as MoeConfigFit['fit'],
    error: null,
  };
}
const claim = { minCorrectedR2: 0.976, minGain: 0.083 };

describe('moeFig8Verdict', () => {
  it('holds when every model reaches the corrected R² with the gain, averaging a model over its configurations', () => {
    const r = moeFig8Verdict([fit('A', 0, 0.8, 0.99), fit('A', 1, 0.9, 1.0), fit('B', 0, 0.7, 0.98, 7)], claim, 'simulated data');
    expect(r.verdict).toBe('holds');
    expect(r.evidence).toBe(
      'On simulated data, mean R² per model, plain Eq. 1 → Eq. 4: A 0.850 → 0.995, B 0.700 → 0.980; 2 of 2 model(s) reach R² ≥ 0.976 with a gain ≥ 0.083. ' +
        "Each fit has 5 points in the median for Eq. 4's four coefficients.",
    );
  });

  it('is partly when some models miss a threshold and fails when all do', () => {
    expect(moeFig8Verdict([fit('A', 0, 0.8, 0.99), fit('B', 0, 0.95, 0.99)], claim, 'x').verdict).toBe('partly'); // B gains 0.04
    expect(moeFig8Verdict([fit('A', 0, 0.8, 0.95), fit('B', 0, 0.95, 0.99)], claim, 'x').verdict).toBe('fails'); // A below 0.976
  });

  it('ignores failed fits and throws without any successful one', () => {
    const failed = { ...fit('A', 0, 0.8, 0.99), fit: null, error: 'no' };
    expect(moeFig8Verdict([failed, fit('B', 0, 0.8, 0.99)], claim, 'x').evidence).not.toContain('A ');
    expect(() => moeFig8Verdict([failed], claim, 'x')).toThrow(/moeR2Rows requires at least one successful fit/);
  });
});
