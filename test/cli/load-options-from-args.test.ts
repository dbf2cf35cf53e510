import { describe, expect, it } from 'vitest';
import { loadOptionsFromArgs } from '../../lib/cli/load-options-from-args.js';

describe('loadOptionsFromArgs', () => {
  it('converts the configuration flags to loader options with tidy column names', () => {
    const warnings: string[] = [];
    expect(
      loadOptionsFromArgs('load', { verifier: 'V', drafter: 'D', hardware: 'H', k: '3', alpha: '0.7', prefill: '512', decode: '128', 'skip-invalid': true }, warnings),
    ).toEqual({ verifier: 'V', drafter: 'D', hardware: 'H', k: 3, alpha: 0.7, prefill_tokens: 512, decode_tokens: 128, skipInvalid: true, warnings });
    expect(loadOptionsFromArgs('load', {}, warnings)).toEqual({ warnings });
    expect(loadOptionsFromArgs('fit', { columns: 'verifier=model, mean_latency_s=latency', 'length-tolerance': '0.05', 'min-acceptance': '0' }, warnings)).toEqual({
      columns: { verifier: 'model', mean_latency_s: 'latency' },
      lengthTolerance: 0.05,
      minAcceptance: 0,
      warnings,
    });
  });

  it('rejects out-of-range values naming the command', () => {
    expect(() => loadOptionsFromArgs('fit', { k: '2.5' }, [])).toThrow('fit requires --k to be an integer >= 0, got "2.5"');
    expect(() => loadOptionsFromArgs('load', { alpha: '-0.1' }, [])).toThrow('load requires --alpha to be a number in [0, 1]');
    expect(() => loadOptionsFromArgs('load', { 'length-tolerance': '-1' }, [])).toThrow('load requires --length-tolerance to be a number >= 0, got "-1"');
    expect(() => loadOptionsFromArgs('load', { columns: 'latency' }, [])).toThrow('load requires --columns to be tidy=yours pairs separated by commas, got "latency"');
    expect(() => loadOptionsFromArgs('load', { columns: 'a=x,a=y' }, [])).toThrow('load requires --columns to name each tidy column once, got a twice');
  });
});
