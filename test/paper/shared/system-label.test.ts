import { describe, expect, it } from 'vitest';
import { systemLabel } from '../../../lib/paper/shared/system-label.js';

describe('systemLabel', () => {
  it('joins verifier + drafter, hardware and prefill/decode', () => {
    expect(systemLabel({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', prefill_tokens: 512, decode_tokens: 128 })).toBe(
      'Qwen3-8B + EAGLE(Qwen3-8B), A100-80GB, 512/128',
    );
  });

  it('names an empty drafter "no SD" and leaves out what the key lacks', () => {
    expect(systemLabel({ verifier: 'Llama', drafter: '', prefill_tokens: 256, decode_tokens: 1024 })).toBe('Llama + no SD, 256/1024');
    expect(systemLabel({ verifier: 'Qwen3-8B' })).toBe('Qwen3-8B');
    expect(() => systemLabel(null as unknown as Record<string, unknown>)).toThrow('systemLabel requires a key object');
  });
});
