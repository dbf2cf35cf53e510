import { describe, expect, it } from 'vitest';
import type { DecodeWeightFit } from '../../../lib/paper/shared/decode-weight-fits.js';
import { lengthClaims } from '../../../lib/paper/scaling/length-claims.js';
import type { LengthScalingLine } from '../../../lib/paper/scaling/length-scaling-fits.js';

const line = (model: string, coefficient: 'c2_p' | 'c2_v', r2: number): LengthScalingLine => ({
  model,
  coefficient,
  slope: 1,
  intercept: 0,
  r2,
  n: 16,
  feature: coefficient === 'c2_p' ? 'p' : 'p + 0.5·g',
});
const weight = (model: string, w: number, lo: number | null, hi: number | null, inside: boolean, coefficient: 'c2_p' | 'c2_v' = 'c2_v'): DecodeWeightFit => ({
  model,
  coefficient,
  n: 16,
  weight: w,
  prefillSlope: 1,
  decodeSlope: w,
  ciLow: lo,
  ciHigh: hi,
  r2Best: 0.99,
  r2Reference: 0.98,
  referenceWeight: coefficient === 'c2_v' ? 0.5 : 0,
  referenceInside: inside,
});

describe('lengthClaims', () => {
  it('names the effective length and reference weight the lines and weights were made with', () => {
    const l = [line('A', 'c2_p', 0.95), { ...line('A', 'c2_v', 0.97), feature: 'p + 1·g' }];
    const c = lengthClaims(l, [{ ...weight('A', 1.1, 0.9, 1.3, true), referenceWeight: 1 }], { dataLabel: 'sim' });
    expect(c.text).toContain('- Claim "c2_v linear in p + 1·g": 1 of 1 model(s); the weight 1 lies in the 95% interval of the best-fitting weight for 1 of 1.');
    expect(c.text).toContain(': 1 is inside (agrees).');
    expect(c.text).not.toContain('0.5');
    expect([c.c2pLinearModels, c.c2vLinearModels]).toEqual([['A'], ['A']]);
  });

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

  it("counts the models whose c2_p depends on the decode length, and those where it shrinks with it", () => {
    const lines = [line('A', 'c2_p', 0.5), line('A', 'c2_v', 0.9), line('B', 'c2_p', 0.5), line('C', 'c2_p', 0.5)];
    const c = lengthClaims(
      lines,
      [weight('A', -0.8, -1.2, -0.5, false, 'c2_p'), weight('B', 0.3, 0.1, 0.6, false, 'c2_p'), weight('C', 0.1, -0.2, 0.4, true, 'c2_p')],
      { dataLabel: 'sim' },
    );
    expect(c).toMatchObject({ c2pDecodeDependent: 2, c2pFallsWithDecode: 1 });
    expect(c.text).toContain(
      '- c2_p also depends on the decode length (decode weight 0 outside the 95% interval of c2_p = a + b·p + c·g) for 2 of 3 model(s); it shrinks as the decode length grows (c < 0) for 1 of them.',
    );
    expect(lengthClaims(lines, [], { dataLabel: 'sim' }).text).not.toContain('also depends');
  });

  it('rejects empty lines', () => {
    expect(() => lengthClaims([], [], { dataLabel: 'd' })).toThrow('lengthClaims requires a non-empty array of length-scaling lines');
  });
});
