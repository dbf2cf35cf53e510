import { describe, expect, it } from 'vitest';
import { fig6Reading } from '../../../lib/paper/scaling/fig6-reading.js';
import type { CoverageResult, Fig6Check, Fig6Result, OfferedResult } from '../../../lib/paper/scaling/fig6-sections.js';
import type { LengthClaims } from '../../../lib/paper/scaling/length-claims.js';
import type { Params } from '../../../lib/paper/scaling/params.js';

const P = {
  decodeWeight: 0.5,
  linearCriteria: { r2Min: 0.9, exponentTolerance: 0.2 },
  completedRatioMin: 0.95,
  shortDecodes: [256, 512],
  gridSettings: { alpha: [null, 0.5, 1], k: [0, 1, 10] },
} as unknown as Params;
const WINDOW = { n: 1, medianS: 90, minS: 90, maxS: 90, text: 'the 90-s window', medianWarmupFrac: 0 };

function check(c: Partial<LengthClaims>, heavy = 0): Fig6Check {
  const claims: LengthClaims = { text: '', nModels: 2, c2pLinear: 0, c2vLinear: 0, c2pLinearModels: [], c2vLinearModels: [], weightAgrees: 0, c2pDecodeDependent: 0, c2pFallsWithDecode: 0, ...c };
  const weights = ['A', 'B'].map((model, i) => ({
    model, coefficient: 'c2_v' as const, n: 16, weight: i < heavy ? 2 : 0.5, prefillSlope: 1, decodeSlope: 1, ciLow: null, ciHigh: null, r2Best: 1, r2Reference: 1, referenceWeight: 0.5, referenceInside: i >= heavy,
  }));
  return { points: [], lines: [], weights, claims };
}
const coverage = (long: number, short: Fig6Check = check({})): CoverageResult => ({
  coverage: [256, 512, 1024].map((g) => ({ model: 'A', decodeTokens: g, sweeps: 1, medianUtilisation: g === 1024 ? 0.4 : 0.6, medianCompletedRatio: g === 1024 ? long : 0.97, minCompletedRatio: 0.5, maxLatencyS: 1 })),
  short,
});
const offered = (c: Partial<LengthClaims>): OfferedResult => ({ ...check(c), nChanged: 10, medianRatio: 0.9, topRate: { n: 40, medianRatio: 0.97, nBelowMin: 6 } });
const fig6 = (c: Partial<LengthClaims>, heavy = 0): Fig6Result => ({ ...check(c, heavy), fits: [], label: 'sim' });

describe('fig6Reading', () => {
  it('says in one sentence that both laws hold when they hold for every model', () => {
    expect(fig6Reading(fig6({ c2pLinear: 2, c2vLinear: 2 }), coverage(0.8), offered({}), WINDOW, P)).toBe(
      '**Reading Fig. 6.** Both length laws hold on these data: c2_p is about linear in the prefill length and c2_v in p + 0.5·g for all 2 models (R² ≥ 0.9).',
    );
  });

  it('gives the window explanation only when c2_p shifts and the longest decode loses requests', () => {
    const lossy = fig6Reading(fig6({ c2pFallsWithDecode: 2 }, 1), coverage(0.85), offered({ c2pFallsWithDecode: 0 }), WINDOW, P);
    expect(lossy).toContain('c2_p *shrinks* as the decode length grows for 2 of 2 models');
    expect(lossy).toContain("c2_v's best-fitting decode weight lies above 0.5 for 1 of 2");
    expect(lossy).toContain('at decode 1024 the smallest g/E of the grid is about 93');
    expect(lossy).toContain('(97% against 85%, median over models) inside the 90-s window');
    expect(lossy).toContain('for 0 of 2 models (2 against the completed rate), for none any more');
    expect(lossy).toContain('reflects the benchmark window');
    expect(lossy).toContain('Every simulated benchmark here measured for 90 s');
    const complete = fig6Reading(fig6({ c2pFallsWithDecode: 2 }, 1), coverage(0.99), offered({ c2pFallsWithDecode: 2 }), { ...WINDOW, maxS: 300, text: 'windows of 90–300 s' }, P);
    expect(complete).not.toContain('The likely reason is how long requests are measured');
    expect(complete).not.toContain('reflects the benchmark window');
    expect(complete).not.toContain('Every simulated benchmark');
    // instead: where the two rates still part
    expect(complete).toContain("The benchmark window no longer separates the two rates (completed / sent a median 90% over all benchmarks); they part only at each sweep's highest kept rate, where the completed rate is a median 97% of the sent one and below 95% for 6 of 40 sweeps");
    expect(lossy).not.toContain('no longer separates');
    // the idle-server bias of the sent rate only without a warm-up
    expect(complete).toContain('which met a server still filling up from idle');
    const warm = fig6Reading(fig6({ c2pFallsWithDecode: 2 }, 1), coverage(0.99), offered({ c2pFallsWithDecode: 2 }), { ...WINDOW, maxS: 300, text: 'windows of 90–300 s', medianWarmupFrac: 0.4 }, P);
    expect(warm).toContain("Neither rate gives the paper's two laws over the whole grid (against the sent rate: 0 and 0 of 2).");
    expect(warm).not.toContain('filling up from idle');
  });

  it("adds the simulator's step-cost knee when evidence is given, and nothing without it", () => {
    const ev = {
      models: [{ model: 'A', linearity: { system: 'x', k: 3, contexts: [384, 1536] as const, lowMsPerSeq: 0.3, highMsPerSeq: 0.6, lengthMsPerSeq: 0.06, kneeBatch: 16 } }],
      residuals: [{ fromTokens: 0, toTokens: 16, n: 3, meanPct: -4 }],
    };
    const text = fig6Reading(fig6({ c2pLinear: 2 }), coverage(0.99), offered({}), WINDOW, P, ev);
    expect(text).toContain('an added sequence costs 0.3 ms from 1 to 2 sequences but 0.6 ms from 64 to 128, 2 times as much, turning up from 16 sequences on for 1 of the 1 system(s)');
    expect(text).toContain('moves by only 10% (A) to 10% (A)');
    expect(fig6Reading(fig6({ c2pLinear: 2 }), coverage(0.99), offered({}), WINDOW, P)).not.toContain('not linear in the batch');
  });

  it('names a decode weight other than the paper\'s', () => {
    const text = fig6Reading(fig6({ c2pLinear: 1 }), coverage(0.99), offered({}), WINDOW, { ...P, decodeWeight: 1 });
    expect(text).toContain('c2_v against p + 1·g');
    expect(text).not.toContain('0.5');
  });
});
