import { describe, expect, it } from 'vitest';
import { parameterCountB } from '../../../lib/paper/shared/parameter-count-b.js';

describe('parameterCountB', () => {
  it.each([
    // Model-card totals (billions): Qwen3 cards, Meta's Llama 3.1 cards.
    ['Qwen3-0.6B', 0.6],
    ['Qwen3-1.7B', 1.7],
    ['Qwen3-8B', 8.2],
    ['Qwen3-14B', 14.8],
    ['Qwen3-32B', 32.8],
    ['Llama-3.1-8B', 8.03],
    ['Llama-3.1-70B', 70.6],
  ])('%s as a verifier matches its published size within 2%%', (name, published) => {
    expect(Math.abs(parameterCountB(name, 'verifier') / published - 1)).toBeLessThan(0.02);
  });

  it('counts Qwen3-8B from its config by hand (norms aside)', () => {
    // Per layer: q,o 2 x 4096 x 4096, k,v 2 x 4096 x 1024, FFN 3 x 4096 x 12288 = 192,937,984; x 36,
    // plus embedding and untied LM head 2 x 151936 x 4096.
    expect(parameterCountB('Qwen3-8B', 'verifier')).toBeCloseTo((36 * 192_937_984 + 2 * 151_936 * 4096) / 1e9, 12);
  });

  it('counts an EAGLE-1 head as fc + layer + the shared LM head it reads', () => {
    // fc 2h x h = 33,554,432; layer 192,937,984; LM head 151936 x 4096 = 622,329,856.
    expect(parameterCountB('EAGLE(Qwen3-8B)', 'drafter')).toBeCloseTo(848_822_272 / 1e9, 12);
  });

  it('counts an EAGLE-3 head with its 2h-wide attention input and its own 32k LM head', () => {
    // fc 3h x h = 50,331,648; q,k,v from 2h: 8192 x (32 + 16) x 128 = 50,331,648; o 16,777,216;
    // FFN 3 x 4096 x 14336 = 176,160,768; LM head 32000 x 4096 = 131,072,000.
    expect(parameterCountB('EAGLE3(Llama-3.1-8B)', 'drafter')).toBeCloseTo(424_673_280 / 1e9, 12);
  });

  it('sizes a separate draft model as the whole model, names matched case-insensitively', () => {
    expect(parameterCountB('qwen3-1.7b', 'drafter')).toBe(parameterCountB('Qwen3-1.7B', 'verifier'));
  });

  it('rejects unknown names and roles', () => {
    expect(() => parameterCountB('GPT-5', 'verifier')).toThrow("parameterCountB requires a model the specs know (lib/sim/specs), got 'GPT-5'");
    expect(() => parameterCountB('EAGLE(Qwen3-8B)', 'verifier')).toThrow('parameterCountB requires a model the specs know');
    expect(() => parameterCountB('Qwen3-8B', 'target' as never)).toThrow("parameterCountB requires role 'verifier' or 'drafter'");
    expect(() => parameterCountB('', 'verifier')).toThrow('parameterCountB requires a model name');
  });
});
