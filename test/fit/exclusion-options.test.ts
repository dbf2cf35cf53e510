import { describe, expect, it } from 'vitest';
import { checkExclusionOptions } from '../../lib/fit/exclusion-options.js';

describe('checkExclusionOptions', () => {
  it('fills in the documented defaults; null switches a rule off', () => {
    const o = checkExclusionOptions({ ttftGrowth: null });
    expect(o).toMatchObject({ capFraction: 0.9, minRateRatio: 0.9, drainLatencies: 3, arrivalSpread: 3, ttftGrowth: null, queueShare: 0.1, concurrencyReached: true, jumpFactor: 1.5 });
  });

  it('rejects bad values naming the option', () => {
    expect(() => checkExclusionOptions({ drainLatencies: -1 })).toThrow('excludeSaturated requires options.drainLatencies to be a number >= 0 or null, got -1');
    expect(() => checkExclusionOptions({ queueShare: null as never })).toThrow('excludeSaturated requires options.queueShare to be a number >= 0, got null');
    expect(() => checkExclusionOptions({ cascade: 'yes' as never })).toThrow('excludeSaturated requires options.cascade to be true or false, got yes');
  });
});
