import { describe, expect, it } from 'vitest';
import { bestOverKVerdict, ratioVerdicts } from '../../../lib/paper/per-setting/ratio-verdicts.js';
import type { Params } from '../../../lib/paper/per-setting/params.js';
import { ratioClaims } from '../../../lib/paper/shared/ratio-claims.js';

const P = { claims: { highAlpha: 0.9, partlyShare: 0.5, minR2: 0.97 } } as Params;
const row = (alpha: number, k: number, c1r: number, c2r: number, prefillTokens = 512) => ({ alpha, k, prefillTokens, decodeTokens: 128, c1r, c2r });

describe('ratioVerdicts', () => {
  const claims = ratioClaims([row(0.5, 1, 0.8, 0.9), row(0.5, 4, 0.7, 1.2), row(0.5, 8, 1.1, 1.4), row(0.9, 1, 0.6, 0.8), row(0.9, 4, 0.4, 0.9), row(0.9, 8, 0.3, 1.0)], 0.9);
  const v = ratioVerdicts(claims, 'S over the measured baseline', P);
  it('decides each of the three Fig. 2b claims by its share of cases', () => {
    expect(v.c1r).toEqual({ verdict: 'partly', evidence: 'S over the measured baseline: C1R < 1 in 5 of 6 settings.' });
    expect(v.c2r).toEqual({ verdict: 'partly', evidence: 'S over the measured baseline: C2R > 1 in 2 of 3 settings with α < 0.9, and C2R < 1 in 2 of 3 with α ≥ 0.9 (P.claims.highAlpha).' });
    // argmin: α 0.5: C1R at k 4, C2R at k 1 (longer); α 0.9: C1R at k 8, C2R at k 1 (longer)
    expect(v.argmin).toEqual({ verdict: 'holds', evidence: 'S over the measured baseline: argmin_k C1R > argmin_k C2R in 2 of 2 α cells (equal in 0, shorter in 0).' });
  });
  it('adds the counts of a wider view to each sentence', () => {
    const wide = ratioVerdicts(claims, 'S', P, { label: 'all 2 verifiers', claims });
    expect(wide.c1r.evidence).toBe('S: C1R < 1 in 5 of 6 settings; all 2 verifiers: C1R < 1 in 5 of 6 settings.');
  });
});

describe('bestOverKVerdict', () => {
  it('counts the (length, α) cells whose best C1R is below 1 and, below the threshold, best C2R above 1', () => {
    const claims = ratioClaims([row(0.5, 1, 0.8, 1.1), row(0.5, 2, 0.9, 1.3), row(0.7, 1, 0.9, 0.95), row(0.9, 1, 0.5, 0.8), row(0.5, 1, 1.2, 1.1, 1024)], 0.9);
    expect(bestOverKVerdict(claims, 'S', P)).toEqual({
      verdict: 'partly',
      evidence:
        'S, 4 (length, α) cells over 2 prefill/decode length(s): the best-over-k C1R is below 1 in 3 of 4 (range 0.5–1.2); ' +
        'the best-over-k C2R is above 1 in 2 of 3 cells with α < 0.9 (range 0.95–1.1); both hold in 2 of 4.',
    });
  });
});
