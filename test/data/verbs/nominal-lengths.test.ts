import { describe, expect, it } from 'vitest';
import { nominalLengths } from '../../../lib/data/verbs/nominal-lengths.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

/** A vLLM-like row whose lengths are its own rounded means (the file states none). */
const measured = (prompt: number, output: number, extra = {}) =>
  tidyRow({
    prefill_tokens: Math.round(prompt),
    decode_tokens: Math.round(output),
    mean_prompt_tokens: prompt,
    mean_output_tokens: output,
    prefill_tokens_from: 'mean',
    decode_tokens_from: 'mean',
    completed: 100,
    ...extra,
  });

describe('nominalLengths', () => {
  it('gives a sweep one length: the mean over all its requests (the issue: 516, 518, 517, 521)', () => {
    const rows = [516, 518, 517, 521].map((g, i) => measured(1000, g, { rate_rps: i + 1, completed: i === 3 ? 300 : 100 }));
    const out = nominalLengths(rows);
    // (516 + 518 + 517) * 100 + 521 * 300 = 311400 over 600 requests = 519
    expect(out.map((r) => r.decode_tokens)).toEqual([519, 519, 519, 519]);
    expect(out.map((r) => r.decode_tokens_from)).toEqual(['sweep mean', 'sweep mean', 'sweep mean', 'sweep mean']);
    expect(out.map((r) => r.mean_output_tokens)).toEqual([516, 518, 517, 521]);
    expect(rows[0].decode_tokens).toBe(516); // input not changed
  });

  it('keeps workloads apart beyond the tolerance, and follows a given tolerance', () => {
    const rows = [measured(1000, 100), measured(1000, 104), measured(1000, 128), measured(1000, 131)];
    expect(nominalLengths(rows).map((r) => r.decode_tokens)).toEqual([102, 102, 130, 130]);
    expect(nominalLengths(rows, { tolerance: 0.5 }).map((r) => r.decode_tokens)).toEqual([116, 116, 116, 116]);
    // 0: each run keeps its own rounded mean (the loaders' behaviour before this verb).
    expect(nominalLengths(rows, { tolerance: 0 }).map((r) => [r.decode_tokens, r.decode_tokens_from])).toEqual([
      [100, 'mean'],
      [104, 'mean'],
      [128, 'mean'],
      [131, 'mean'],
    ]);
  });

  it('complete linkage: a chain of close means does not merge its ends', () => {
    const rows = [100, 108, 116].map((g) => measured(500, g));
    // 108/100 and 116/108 are within 10%, 116/100 is not: two workloads.
    expect(nominalLengths(rows).map((r) => r.decode_tokens)).toEqual([104, 104, 116]);
  });

  it('never merges across configurations or metadata that separates sweeps, and leaves stated lengths alone', () => {
    const a = [1, 2].map((r) => measured(1000, 100, { rate_rps: r, verifier: 'A' }));
    const b = [1, 2].map((r) => measured(1000, 104, { rate_rps: r, verifier: 'B' }));
    const vllm = [1, 2].map((r) => measured(1000, 98, { rate_rps: r, meta_framework: 'vllm' }));
    const sgl = [1, 2].map((r) => measured(1000, 106, { rate_rps: r, meta_framework: 'sgl' }));
    const stated = tidyRow({ decode_tokens: 128, mean_output_tokens: 126.5, decode_tokens_from: 'stated' });
    const out = nominalLengths([...a, ...b, ...vllm, ...sgl, stated]);
    expect(out.map((r) => r.decode_tokens)).toEqual([100, 100, 104, 104, 98, 98, 106, 106, 128]);
    expect(out[8]).toBe(stated);
  });

  it('is idempotent and rejects a bad tolerance', () => {
    const rows = [516, 518, 521].map((g) => measured(1000, g));
    const once = nominalLengths(rows);
    expect(nominalLengths(once)).toEqual(once);
    expect(() => nominalLengths(rows, { tolerance: -1 })).toThrow('nominalLengths requires options.tolerance to be a number >= 0, got -1');
    expect(() => nominalLengths('x' as never)).toThrow('nominalLengths requires an array of tidy rows');
  });
});
