import { describe, expect, it } from 'vitest';
import { workloadOf } from '../../../lib/paper/per-setting/per-setting-data.js';

describe('workloadOf', () => {
  it('keeps the verifier and lengths of a system key', () => {
    expect(workloadOf({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', prefill_tokens: 512, decode_tokens: 128 })).toEqual({
      verifier: 'Qwen3-8B',
      prefill_tokens: 512,
      decode_tokens: 128,
    });
    expect(() => workloadOf({ verifier: 'Qwen3-8B' })).toThrow('per-setting requires a system key with verifier, prefill_tokens and decode_tokens');
  });
});
