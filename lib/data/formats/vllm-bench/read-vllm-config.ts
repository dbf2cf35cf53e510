import type { FieldReader, PathSegment } from '../../field-reader.js';
import type { MeasurementConfig } from '../../measurement-config.js';

/** speclat configuration keys a vLLM result may carry through `--metadata key=value`. */
export const CONFIG_STRING_KEYS = ['verifier', 'drafter', 'hardware'] as const;
export const CONFIG_NUMBER_KEYS = ['prefill_tokens', 'decode_tokens', 'k', 'alpha'] as const;
/**
 * Workload lengths vLLM records when they were swept (`vllm bench sweep serve` writes the swept
 * bench parameters into each summary record) or passed as `--metadata`: the random data set's
 * `random_input_len`, `random_output_len` and `random_prefix_len` (a shared prefix the prompt
 * also carries).
 */
export const STATED_LENGTH_KEYS = ['random_input_len', 'random_output_len', 'random_prefix_len'] as const;

/**
 * Reads speclat configuration keys passed through `vllm bench serve --metadata key=value`, and
 * the workload's stated lengths: prefill = random_prefix_len (0 when absent) + random_input_len,
 * decode = random_output_len. `--metadata` values arrive as strings; numbers are parsed.
 * A metadata `prefill_tokens`/`decode_tokens` beats the random_* lengths.
 *
 * @param r the field reader
 * @param b the path of the result object
 * @param rec the result object
 * @returns the configuration the record states (keys it does not state are absent)
 * @throws {Error} naming the key for a value of the wrong type or range
 * @example
 * readVllmConfig(reader, [], { random_input_len: 1024, random_output_len: '128' }); // { prefill_tokens: 1024, decode_tokens: 128 }
 */
export function readVllmConfig(r: FieldReader, b: PathSegment[], rec: Record<string, unknown>): MeasurementConfig {
  const out: MeasurementConfig = {};
  for (const key of CONFIG_STRING_KEYS) {
    const v = rec[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || (key === 'verifier' && v === '')) throw r.error([...b, key], `not a non-empty string (got ${JSON.stringify(v)})`);
    out[key] = v;
  }
  const num = (key: string, check: 'nonnegative' | 'count'): number | null => {
    const v = rec[key];
    if (v === undefined || v === null) return null;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return r.checkNumber(n, [...b, key], check);
  };
  const positive = (key: string): number | null => {
    const n = num(key, 'count');
    if (n !== null && n < 1) throw r.error([...b, key], `not a positive integer (got ${n})`);
    return n;
  };
  const input = positive('random_input_len');
  const output = positive('random_output_len');
  const prefix = num('random_prefix_len', 'count') ?? 0;
  if (input !== null) out.prefill_tokens = prefix + input;
  if (output !== null) out.decode_tokens = output;
  for (const key of CONFIG_NUMBER_KEYS) {
    if (key === 'alpha') {
      const a = num(key, 'nonnegative');
      if (a === null) continue;
      if (a > 1) throw r.error([...b, key], `alpha above 1 (got ${a})`);
      out.alpha = a;
    } else if (key === 'k') {
      const k = num(key, 'count');
      if (k !== null) out.k = k;
    } else {
      const n = positive(key);
      if (n !== null) out[key] = n;
    }
  }
  return out;
}
