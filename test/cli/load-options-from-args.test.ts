import { describe, expect, it } from 'vitest';
import { loadOptionsFromArgs } from '../../lib/cli/load-options-from-args.js';

describe('loadOptionsFromArgs', () => {
  it('converts the configuration flags to loader options with tidy column names', () => {
    const warnings: string[] = [];
    expect(
      loadOptionsFromArgs('load', { verifier: 'V', drafter: 'D', hardware: 'H', k: '3', alpha: '0.7', prefill: '512', decode: '128', 'skip-invalid': true }, warnings),
    ).toEqual({ verifier: 'V', drafter: 'D', hardware: 'H', k: 3, alpha: 0.7, prefill_tokens: 512, decode_tokens: 128, skipInvalid: true, warnings });
    expect(loadOptionsFromArgs('load', {}, [])).toEqual({});
  });

  it('rejects out-of-range values naming the command', () => {
    expect(() => loadOptionsFromArgs('fit', { k: '2.5' }, [])).toThrow('fit requires --k to be an integer >= 0, got "2.5"');
    expect(() => loadOptionsFromArgs('load', { alpha: '-0.1' }, [])).toThrow('load requires --alpha to be a number in [0, 1]');
  });
});
