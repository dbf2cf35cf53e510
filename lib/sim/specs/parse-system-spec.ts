import type { SystemSpec } from './spec-types.js';
import { validateSystemSpec } from './validate-system-spec.js';

/**
 * Parses a system spec written as JSON (`--system FILE.json`: e.g. the output of
 * `JSON.stringify(getSystemSpec(name), null, 2)`, edited) and checks every field.
 *
 * @param text the file's content
 * @param file the file name, for messages
 * @returns the spec, ready for resolveSystem
 * @throws {Error} `parseSystemSpec: <file>: <field path>: <problem>`, or `parseSystemSpec: <file>: invalid JSON: ...`
 * @example
 * resolveSystem(parseSystemSpec(readFileSync('my-gpu.json', 'utf8'), 'my-gpu.json'));
 */
export function parseSystemSpec(text: string, file: string): SystemSpec {
  if (typeof text !== 'string') throw new Error(`parseSystemSpec requires the file text as a string (${file})`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`parseSystemSpec: ${file}: invalid JSON: ${(err as Error).message}`);
  }
  return validateSystemSpec('parseSystemSpec', value, file);
}
