import { describe, expect, it } from 'vitest';
import { exclusionOptionsFromArgs } from '../../lib/cli/exclusion-options-from-args.js';

describe('exclusionOptionsFromArgs', () => {
  it('maps each flag to its ExclusionOptions key; off is null', () => {
    expect(exclusionOptionsFromArgs('fit', {})).toEqual({});
    expect(exclusionOptionsFromArgs('fit', { 'ttft-growth': '5', 'min-rate-ratio': 'off', 'max-concurrency': '128', 'queue-share': '0.2' })).toEqual({
      ttftGrowth: 5,
      minRateRatio: null,
      maxConcurrency: 128,
      queueShare: 0.2,
    });
    expect(exclusionOptionsFromArgs('fit', { 'no-exclude': true })).toBe(false);
  });
  it('rejects bad values and off where a rule cannot be off', () => {
    expect(() => exclusionOptionsFromArgs('fit', { 'queue-share': 'off' })).toThrow('fit requires --queue-share to be a number >= 0, got "off"');
    expect(() => exclusionOptionsFromArgs('fit', { 'max-concurrency': '0' })).toThrow("fit requires --max-concurrency to be a positive number or 'off', got \"0\"");
    expect(() => exclusionOptionsFromArgs('fit', { 'no-exclude': true, 'jump-factor': '2' })).toThrow('fit requires at most one of --no-exclude and --jump-factor');
  });
});
