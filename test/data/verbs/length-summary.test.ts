import { describe, expect, it } from 'vitest';
import { lengthSummary } from '../../../lib/data/verbs/length-summary.js';

describe('lengthSummary', () => {
  it('weights each run mean by its completed requests and gives the range', () => {
    const s = lengthSummary([
      { mean_prompt_tokens: 1000, mean_output_tokens: 100, completed: 100, decode_tokens_from: 'sweep mean' },
      { mean_prompt_tokens: 1000, mean_output_tokens: 104, completed: 300, decode_tokens_from: 'sweep mean' },
    ]);
    expect(s).toEqual({ prompt: { mean: 1000, min: 1000, max: 1000 }, output: { mean: 103, min: 100, max: 104 }, fromMeans: true });
  });

  it('is null where no run measured a length; fromMeans only for lengths taken from means', () => {
    expect(lengthSummary([{ mean_output_tokens: 127.5, decode_tokens_from: 'stated' }])).toEqual({
      prompt: null,
      output: { mean: 127.5, min: 127.5, max: 127.5 },
      fromMeans: false,
    });
    expect(() => lengthSummary(null as never)).toThrow('lengthSummary requires an array of rows');
  });
});
