import { naturalCompare } from '../../util/natural-compare.js';

/**
 * Checks that a notebook parameter names a value the data hold, and fails otherwise with the
 * one-line message a notebook reader needs: which step, which parameter, the value given and
 * every value the data hold, e.g. `moe: P.alpha 0.65 is not in the data (alphas: 0.6, 0.8, 1)`.
 * Values compare with ===; the list is sorted (numbers by value, text in reading order) and
 * written with String().
 *
 * @param step the step name that prefixes the message, e.g. 'moe'
 * @param param the parameter as the notebook writes it, e.g. 'P.alpha' or 'P.panels[2].k'
 * @param value the value given
 * @param held the values the data hold (any order, repeats allowed)
 * @param label what the list names, e.g. 'alphas'
 * @param where optional qualifier of the data, e.g. 'at prefill 512 / decode 128'
 * @returns nothing
 * @throws {Error} `<step>: <param> <value> is not in the data[ <where>] (<label>: <values>)`
 *   when `held` lacks `value`; `requireInData requires ...` for a bad call
 * @example
 * requireInData('moe', 'P.alpha', 0.8, [0.6, 0.8, 1], 'alphas'); // passes
 * requireInData('moe', 'P.alpha', 0.65, [0.6, 0.8, 1], 'alphas'); // throws 'moe: P.alpha 0.65 is not in the data (alphas: 0.6, 0.8, 1)'
 */
export function requireInData<T extends string | number | null>(
  step: string,
  param: string,
  value: T,
  held: readonly T[],
  label: string,
  where = '',
): void {
  if (typeof step !== 'string' || typeof param !== 'string' || typeof label !== 'string' || !Array.isArray(held)) {
    throw new Error('requireInData requires a step, a parameter name, the values held (an array) and their label');
  }
  if (held.includes(value)) return;
  const values = [...new Set(held)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : naturalCompare(String(a), String(b)),
  );
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  throw new Error(
    `${step}: ${param} ${shown} is not in the data${where ? ` ${where}` : ''} (${label}: ${values.length > 0 ? values.map(String).join(', ') : 'none'})`,
  );
}
