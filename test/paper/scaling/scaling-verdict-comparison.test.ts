import { describe, expect, it } from 'vitest';
import { scalingVerdictComparison } from '../../../lib/paper/scaling/scaling-verdict-comparison.js';

const labels = { reference: 'real', other: 'simulated' };
const real = {
  verdicts: [
    { coefficient: 'c1_p', verdict: 'not linear' as const },
    { coefficient: 'c1_v', verdict: 'linear with an offset' as const },
    { coefficient: 'c2_d', verdict: 'linear with an offset' as const },
  ],
};

describe('scalingVerdictComparison', () => {
  it('lists the coefficients with the same verdict and the differing ones with both verdicts', () => {
    const sim = { verdicts: [{ coefficient: 'c1_v', verdict: 'linear with an offset' as const }, { coefficient: 'c1_p', verdict: 'not linear' as const }, { coefficient: 'c2_d', verdict: 'not linear' as const }] };
    expect(scalingVerdictComparison(real, sim, labels)).toBe(
      'The simulated verdicts match the real ones for c1_p, c1_v; they differ for c2_d (real: linear with an offset, simulated: not linear).',
    );
  });

  it('has a sentence for all equal, all different, and skips coefficients of one set only', () => {
    expect(scalingVerdictComparison(real, real, labels)).toBe('The simulated verdicts match the real ones for every coefficient (c1_p, c1_v, c2_d).');
    const flipped = { verdicts: [{ coefficient: 'c1_p', verdict: 'proportional' as const }, { coefficient: 'c2_v', verdict: 'proportional' as const }] };
    expect(scalingVerdictComparison(real, flipped, labels)).toBe('The simulated verdicts differ from the real ones for every coefficient: c1_p (real: not linear, simulated: proportional).');
  });

  it('rejects bad input', () => {
    expect(() => scalingVerdictComparison(null as never, real, labels)).toThrow('scalingVerdictComparison requires two scalingClaims results');
    expect(() => scalingVerdictComparison(real, real, { reference: '', other: 'x' })).toThrow('scalingVerdictComparison requires labels { reference, other }');
    expect(() => scalingVerdictComparison(real, { verdicts: [] }, labels)).toThrow('scalingVerdictComparison requires at least one coefficient in both sets');
  });
});
