import { describe, expect, it } from 'vitest';
import { shapeVerdict } from '../../../lib/paper/per-setting/shape-claim.js';
import type { Params } from '../../../lib/paper/per-setting/params.js';

const P = { claims: { highAlpha: 0.9, partlyShare: 0.5, minR2: 0.97 } } as Params;

describe('shapeVerdict (claim fig2a-shape)', () => {
  it('decides by the share of settings whose own Eq. 1 fit reaches P.claims.minR2', () => {
    expect(shapeVerdict([0.99, 0.98, 0.97], '3 settings', P)).toEqual({
      verdict: 'holds',
      evidence: 'Eq. 1 fitted to each of 3 settings: R² median 0.98, min 0.97; 3 of 3 reach R² ≥ 0.97 (P.claims.minR2).',
    });
    expect(shapeVerdict([0.99, 0.98, 0.9], '3 settings', P).verdict).toBe('partly');
    expect(shapeVerdict([0.99, 0.9, 0.8], '3 settings', P).verdict).toBe('fails');
  });
  it('requires R² values and a threshold in (0, 1)', () => {
    expect(() => shapeVerdict([], 'x', P)).toThrow('shapeVerdict requires finite R² values');
    expect(() => shapeVerdict([0.9], 'x', { claims: { ...P.claims, minR2: 1 } } as Params)).toThrow('shapeVerdict requires P.claims.minR2 in (0, 1), got 1');
  });
});
