import { describe, expect, it } from 'vitest';
import { exclusionChangesText } from '../../../lib/paper/shared/exclusion-changes-text.js';

describe('exclusionChangesText', () => {
  it('names the rules switched off and the values changed, from the options themselves', () => {
    expect(exclusionChangesText({ minRateRatio: null }, 'P.sim.fit.exclusion')).toBe(
      'P.sim.fit.exclusion changes the saturation rules: minRateRatio is off (the rule that leaves out open-loop benchmarks whose measured rate falls below that share of their target rate).',
    );
    expect(exclusionChangesText({ capFraction: 0.8, jumpFactor: 2 }, 'X')).toBe('X changes the saturation rules: capFraction = 0.8; jumpFactor = 2 (the rule that leaves out latency jumps on a throughput plateau).');
  });
  it('says when the defaults apply or every rule is off', () => {
    expect(exclusionChangesText({}, 'X')).toBe('X keeps the default saturation rules.');
    expect(exclusionChangesText(undefined, 'X')).toBe('X is not set: the fits use the default saturation rules.');
    expect(exclusionChangesText(false, 'X')).toBe('X is false: the fits use every valid row, saturated or not.');
    expect(() => exclusionChangesText(null as never, 'X')).toThrow('exclusionChangesText requires an options object, false or undefined');
  });
});
