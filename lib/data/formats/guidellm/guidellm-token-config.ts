import { isPlainObject } from '../../../util/is-plain-object.js';

/** Prompt and output token counts configured for a GuideLLM synthetic data set. */
export interface TokenConfig {
  prompt_tokens?: number;
  output_tokens?: number;
}

/**
 * Reads the configured synthetic prompt/output lengths from a GuideLLM `data` setting, in
 * any of the shapes GuideLLM has written: the string `prompt_tokens=512,output_tokens=128`,
 * a JSON string `{"type": "emulated", "prompt_tokens": 512, ...}`, a Python list repr
 * `"['prompt_tokens=512,output_tokens=128']"`, a list of such strings, or (0.7+) a list of
 * objects with `prompt_tokens` / `output_tokens`. A data set that is a file path yields `{}`.
 * Only positive integers are taken.
 *
 * @param data the `data` value (any type)
 * @returns the lengths found (either may be absent)
 * @example
 * guidellmTokenConfig('prompt_tokens=256,output_tokens=128'); // { prompt_tokens: 256, output_tokens: 128 }
 * guidellmTokenConfig(['/root/aime.jsonl']); // {}
 */
export function guidellmTokenConfig(data: unknown): TokenConfig {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = guidellmTokenConfig(item);
      if (found.prompt_tokens !== undefined || found.output_tokens !== undefined) return found;
    }
    return {};
  }
  const out: TokenConfig = {};
  if (isPlainObject(data)) {
    for (const key of ['prompt_tokens', 'output_tokens'] as const) {
      const v = data[key];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1) out[key] = v;
    }
    return out;
  }
  if (typeof data === 'string') {
    for (const key of ['prompt_tokens', 'output_tokens'] as const) {
      const m = new RegExp(`(?:^|[^A-Za-z0-9_])${key}["']?\\s*[=:]\\s*(\\d+)(?![\\d.])`).exec(data);
      if (m) {
        const v = Number(m[1]);
        if (Number.isSafeInteger(v) && v >= 1) out[key] = v;
      }
    }
  }
  return out;
}
