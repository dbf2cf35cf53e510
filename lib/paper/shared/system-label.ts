/**
 * A short human label of a system (SYSTEM_KEYS values) for captions and tables:
 * 'Qwen3-8B + EAGLE(Qwen3-8B), A100-80GB, 512/128' (verifier + drafter, hardware,
 * prefill/decode tokens); parts the key lacks are left out, and 'no SD' stands for an empty drafter.
 *
 * @param key group key with any of verifier, drafter, hardware, prefill_tokens, decode_tokens
 * @returns the label
 * @throws {Error} `systemLabel requires a key object` for anything else
 * @example
 * systemLabel({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', prefill_tokens: 512, decode_tokens: 128 });
 * // 'Qwen3-8B + EAGLE(Qwen3-8B), A100-80GB, 512/128'
 */
export function systemLabel(key: Record<string, unknown>): string {
  if (key === null || typeof key !== 'object') throw new Error('systemLabel requires a key object');
  const has = (c: string): boolean => key[c] !== undefined && key[c] !== null && key[c] !== '';
  let head = has('verifier') ? String(key.verifier) : '';
  if ('drafter' in key) head += `${head ? ' + ' : ''}${has('drafter') ? String(key.drafter) : 'no SD'}`;
  const parts = [head];
  if (has('hardware')) parts.push(String(key.hardware));
  if (has('prefill_tokens') || has('decode_tokens')) {
    parts.push(`${has('prefill_tokens') ? String(key.prefill_tokens) : '?'}/${has('decode_tokens') ? String(key.decode_tokens) : '?'}`);
  }
  return parts.filter((p) => p !== '').join(', ');
}
