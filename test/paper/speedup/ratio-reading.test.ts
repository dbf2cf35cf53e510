import { describe, expect, it } from 'vitest';
import { ratioReading } from '../../../lib/paper/speedup/ratio-reading.js';
import type { RatioSet } from '../../../lib/paper/speedup/ratio-set.js';
import type { SpeedupSystem } from '../../../lib/paper/speedup/load-speedup-data.js';
import { ratioClaims } from '../../../lib/paper/shared/ratio-claims.js';
import type { RatioRow } from '../../../lib/paper/shared/ratio-rows.js';
import type { ImpliedBaselineCheck } from '../../../lib/paper/shared/implied-baseline-check.js';

const P = { highAlpha: 0.9, completedRatioMin: 0.95, impliedBaselineTolerance: 0.05 };

/** A ratio set whose C1R, C2R come from functions of (alpha, k). */
function set(data: 'simulated' | 'real', decode: number, c1r: (a: number, k: number) => number, c2r: (a: number, k: number) => number, hasBaseline = data === 'simulated'): RatioSet {
  const rows: RatioRow[] = [0.6, 0.8, 1].flatMap((alpha) =>
    [1, 2, 4, 8].map((k) => ({ alpha, k, prefillTokens: 512, decodeTokens: decode, c1r: c1r(alpha, k), c2r: c2r(alpha, k), verifier: 'V', system: 's', c1Baseline: 1, c2Baseline: 0.1 })),
  );
  const system = { data, prefillTokens: 512, decodeTokens: decode, hasBaseline } as SpeedupSystem;
  return { system, heading: 'h', rows, claims: ratioClaims(rows, P.highAlpha) };
}

const check = (c1Error: number, c2Error: number): ImpliedBaselineCheck => ({ measured: { c1: 1, c2: 1 }, implied: { c1: 1, c2: 1 }, c1Error, c2Error, text: '' });
const none = { withoutBaseline: null, withBaseline: null };

describe('ratioReading', () => {
  it('says nothing when every claim agrees with the paper and no caveat applies', () => {
    // C1R < 1, C2R > 1 below 0.9 and < 1 above; the best k at zero load is 8, under load 1.
    const paperLike = set('simulated', 128, (a, k) => 0.9 - 0.01 * k, (a, k) => (a >= 0.9 ? 0.9 : 1.1 + 0.01 * k));
    expect(ratioReading([paperLike], { coverage: [], implied: none }, P)).toBe('');
  });

  it('explains equal argmins at alpha 1 and C2R <= 1 below the threshold only where they occur', () => {
    const s = set('simulated', 128, (a, k) => 1 - 0.01 * k, (a, k) => (a >= 1 ? 1 - 0.01 * k : a === 0.8 ? 0.95 : 1.1 + 0.01 * k));
    const text = ratioReading([s], { coverage: [], implied: none }, P);
    expect(text).toContain('at α = 1 every drafted token is accepted');
    expect(text).toContain('simulated 512/128: k = 8, the longest k measured');
    expect(text).toContain('**C2R ≤ 1 below α = 0.9** (simulated 512/128 from α = 0.80)');
    expect(text).not.toContain('implied baseline');
    expect(text).not.toContain('reaches lower α');
  });

  it('adds the window caveat only when the longer decode reaches lower alphas and completes too few requests', () => {
    const short = set('simulated', 128, (a, k) => 1 - 0.01 * k, (a, k) => (a === 0.8 ? 0.95 : 1.1));
    const long = set('simulated', 1024, (a, k) => 1 - 0.01 * k, (a, k) => (a >= 0.6 && a < 1 ? 0.95 : 1.1));
    const coverage = (ratio: number) => [
      { model: 'V', decodeTokens: 128, sweeps: 1, medianUtilisation: 0.5, medianCompletedRatio: 0.99, minCompletedRatio: 0.9, maxLatencyS: 1 },
      { model: 'V', decodeTokens: 1024, sweeps: 1, medianUtilisation: 0.5, medianCompletedRatio: ratio, minCompletedRatio: 0.5, maxLatencyS: 9 },
    ];
    const lossy = ratioReading([short, long], { coverage: coverage(0.9), implied: none }, P);
    expect(lossy).toContain('**At 512/1024**, C2R ≤ 1 reaches lower α (0.60) than at 512/128 (0.80).');
    expect(lossy).toContain('complete a median 90% of the requests sent');
    const complete = ratioReading([short, long], { coverage: coverage(0.99), implied: none }, P);
    expect(complete).toContain('reaches lower α');
    expect(complete).not.toContain('Part of that may be the measurement');
  });

  it('gives the likely reason of an implied-baseline gap only beyond the tolerance', () => {
    const real = set('real', 128, (a, k) => 0.9 - 0.01 * k, (a, k) => (a >= 0.9 ? 0.9 : 1.1 + 0.01 * k), false);
    const far = ratioReading([real], { coverage: [], implied: { withoutBaseline: check(0.156, 0.045), withBaseline: null } }, P);
    expect(far).toContain('it lands +15.6% (C1_D) and +4.5% (C2_D) from the measured baseline. That is beyond ±5%. A likely reason');
    const close = ratioReading([real], { coverage: [], implied: { withoutBaseline: check(0.01, -0.02), withBaseline: null } }, P);
    expect(close).toContain('within ±5%');
    expect(close).not.toContain('A likely reason');
  });
});
