import { describe, expect, it } from 'vitest';
import type { DecodeWeightFit } from '../../lib/analysis/decode-weight-fits.js';
import { lengthClaims } from '../../lib/analysis/length-claims.js';
import type { LengthScalingLine } from '../../lib/analysis/length-scaling-fits.js';

const line = (model: string, coefficient: 'c2_p' | 'c2_v', r2: number): LengthScalingLine => ({
  model,
  coefficient,
  slope: 1,
  intercept: 0,
  r2,
  n: 16,
  feature: coefficient === 'c2_p' ? 'p' : 'p + 0.5·g',
});
const weight = (model: string, w: number, lo: number | null, hi: number | null, inside: boolean): DecodeWeightFit => ({
  model,
  coefficient: 'c2_v',
  n: 16,
  weight: w,
  ciLow: lo,
  ciHigh: hi,
  r2Best: 0.99,
  r2Reference: 0.98,
  referenceWeight: 0.5,
  referenceInside: inside,
});

describe('lengthClaims', () => {
  it('counts models per claim and says whether 0.5 lies in the interval', () => {
    const c = lengthClaims(
      [line('B', 'c2_p', 0.95), line('B', 'c2_v', 0.99), line('A', 'c2_p', 0.5), line('A', 'c2_v', 0.92)],
      [weight('B', 0.45, 0.4, 0.52, true), weight('A', 1.2, null, null, true)],
      { dataLabel: 'sim' },
    );
    expect(c).toMatchObject({ nModels: 2, c2pLinear: 1, c2vLinear: 2, weightAgrees: 2 });
    expect(c.text).toContain('- A: c2_p against prefill R² = 0.5; c2_v against p + 0.5·g R² = 0.92; best-fitting decode weight w* = 1.2 (95% unbounded, R² 0.99): 0.5 is inside (agrees).');
    expect(c.text).toContain('w* = 0.45 (95% 0.4 to 0.52');
    expect(c.text).toContain('- Claim "c2_p about linear in prefill": 1 of 2 model(s).');
  });

  it('rejects empty lines', () => {
    expect(() => lengthClaims([], [], { dataLabel: 'd' })).toThrow('lengthClaims requires a non-empty array of length-scaling lines');
  });
});
