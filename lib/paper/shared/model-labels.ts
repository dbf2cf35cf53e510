/**
 * Short legend labels for systems (SYSTEM_KEYS values) that differ by model, not by length:
 * the verifier name, '+ drafter' when the drafter is a separate model rather than an EAGLE head,
 * and ', hardware' only when two keys would otherwise get the same label on different hardware.
 * Prefill and decode lengths never enter the label (one model, many lengths, one colour).
 *
 * @param keys group keys with verifier, and optionally drafter and hardware
 * @returns one label per key, in order
 * @throws {Error} `modelLabels requires ...` for a non-array or a key without a verifier name
 * @example
 * modelLabels([
 *   { verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB' },
 *   { verifier: 'Qwen3-14B', drafter: 'Qwen3-1.7B', hardware: 'A100-80GB' },
 *   { verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'H100-80GB' },
 * ]); // ['Qwen3-8B, A100-80GB', 'Qwen3-14B + Qwen3-1.7B', 'Qwen3-8B, H100-80GB']
 */
export function modelLabels(keys: readonly Record<string, unknown>[]): string[] {
  if (!Array.isArray(keys)) throw new Error('modelLabels requires an array of group keys');
  const base = keys.map((key, i) => {
    if (key === null || typeof key !== 'object' || typeof key.verifier !== 'string' || key.verifier === '') {
      throw new Error(`modelLabels requires keys[${i}].verifier to be a model name`);
    }
    const drafter = typeof key.drafter === 'string' ? key.drafter : '';
    return drafter === '' || /^eagle\d*\(/i.test(drafter) ? key.verifier : `${key.verifier} + ${drafter}`;
  });
  const hardware = keys.map((key) => (typeof key.hardware === 'string' ? key.hardware : ''));
  return base.map((label, i) => {
    const clash = base.some((other, j) => other === label && hardware[j] !== hardware[i]);
    return clash && hardware[i] !== '' ? `${label}, ${hardware[i]}` : label;
  });
}
