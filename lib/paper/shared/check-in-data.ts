import { naturalCompare } from '../../util/natural-compare.js';

/**
 * Checks that every value a notebook parameter names is held by the data, so that a bad value
 * fails in the first cell that uses it with a message listing what the data hold. Numbers
 * compare with a 1e-9 tolerance (alpha 0.7 matches 0.7000000000000001); null is a value too
 * (e.g. the alpha of runs without speculation).
 *
 * @param step the notebook's step, first word of the message (e.g. 'collapse')
 * @param name the parameter as the notebook writes it (e.g. 'P.verifier')
 * @param wanted the parameter's value, or its list of values
 * @param held the values the data hold (any order, duplicates allowed)
 * @param what the plural noun of the list (e.g. 'verifiers')
 * @throws {Error} `<step>: <name> <value> is not in the data (<what>: <held values>)`, or
 *   `<step>: <name> is empty` for an empty list
 * @example
 * checkInData('per-setting', 'P.verifier', 'Qwen3-9B', ['Qwen3-8B', 'Qwen3-14B'], 'verifiers');
 * // throws 'per-setting: P.verifier Qwen3-9B is not in the data (verifiers: Qwen3-8B, Qwen3-14B)'
 */
export function checkInData(step: string, name: string, wanted: unknown, held: Iterable<unknown>, what: string): void {
  const values = Array.isArray(wanted) ? wanted : [wanted];
  if (values.length === 0) throw new Error(`${step}: ${name} is empty`);
  const have = [...new Set(held)];
  for (const v of values) {
    if (have.some((h) => same(h, v))) continue;
    throw new Error(`${step}: ${name} ${show(v)} is not in the data (${what}: ${listValues(have)})`);
  }
}

/**
 * Distinct values in natural order (numbers ascending, null first), joined by ', '.
 *
 * @param values any values
 * @returns the list as text, e.g. '0.5, 0.6, 1' or 'null, 0.7'
 * @example
 * listValues([1, 0.5, null, 1]); // 'null, 0.5, 1'
 */
export function listValues(values: Iterable<unknown>): string {
  const distinct = [...new Set(values)];
  distinct.sort((a, b) => {
    if (a === b) return 0;
    if (a === null || a === undefined) return -1;
    if (b === null || b === undefined) return 1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return naturalCompare(String(a), String(b));
  });
  return distinct.map(show).join(', ');
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9;
  return a === b;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  return JSON.stringify(v);
}
