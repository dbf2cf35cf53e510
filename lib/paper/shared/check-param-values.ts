import { formatNumber } from '../../util/format-number.js';

/** A parameter value a notebook may name: a number, a text or null (e.g. the baseline's alpha). */
export type ParamValue = number | string | null;

/** Where a parameter is checked, for the message. */
export interface ParamCheckPlace {
  /** The step's name, the message's first word, e.g. 'speedup'. */
  step: string;
  /** The parameter's path in the notebook's `P`, e.g. 'alpha' or 'simWorkloads[1].decode_tokens'. */
  name: string;
  /** What holds the values, e.g. 'simulated 512/128 data of Qwen3-8B'. */
  data: string;
  /** Plural noun of the listed values, e.g. 'alphas'. */
  plural: string;
}

/**
 * Checks that every value a notebook parameter names is one the data hold, so that a value the data
 * lack fails in the first cell that uses it, with a message listing what the data hold:
 * `speedup: P.alpha 0.65 is not in the simulated 512/128 data (alphas: 0.5, 0.6, 0.7, 0.8, 0.9, 1)`.
 * Numbers compare with a 1e-9 tolerance (0.7 matches 0.7000000000000001); the listed values are
 * sorted (null first, then numbers ascending, then texts).
 *
 * @param values the parameter's value or values
 * @param held the values the data hold (any order, repeats allowed)
 * @param place step, parameter name, data and plural noun for the message
 * @returns nothing
 * @throws {Error} `<step>: P.<name> <value> is not in the <data> (<plural>: ...)` for the first value not held,
 *   or `checkParamValues requires ...` for malformed arguments
 * @example
 * checkParamValues([0.6, 0.8], [0.5, 0.6, 0.8], { step: 'speedup', name: 'alpha', data: 'real data', plural: 'alphas' }); // passes
 */
export function checkParamValues(values: ParamValue | readonly ParamValue[], held: readonly ParamValue[], place: ParamCheckPlace): void {
  const fn = 'checkParamValues';
  if (!Array.isArray(held)) throw new Error(`${fn} requires held to be an array of values`);
  checkPlace(place, fn);
  const list = Array.isArray(values) ? (values as readonly ParamValue[]) : [values as ParamValue];
  for (const v of list) {
    if (held.some((h) => sameValue(h, v))) continue;
    throw new Error(`${place.step}: P.${place.name} ${showValue(v)} is not in the ${place.data} (${place.plural}: ${listValues(held)})`);
  }
}

/**
 * Checks that every number a notebook parameter names lies inside the range of the values the data
 * hold (for parameters a fitted model is evaluated at, e.g. the alphas of best-k lines, which
 * need not be measured values but must not extrapolate):
 * `speedup: P.bestKAlphas 0.3 is outside the range of the real data (alphas: 0.5, 0.6, 0.7, 0.8, 0.9, 1)`.
 *
 * @param values the parameter's number or numbers
 * @param held the numbers the data hold (nulls are ignored)
 * @param place step, parameter name, data and plural noun for the message
 * @returns nothing
 * @throws {Error} `<step>: P.<name> <value> is outside the range of the <data> (<plural>: ...)` for the first value outside,
 *   or `checkParamRange requires ...` for malformed arguments or no number held
 * @example
 * checkParamRange([0.6, 0.85], [0.5, 0.6, 1], { step: 'speedup', name: 'bestKAlphas', data: 'real data', plural: 'alphas' }); // passes
 */
export function checkParamRange(values: number | readonly number[], held: readonly ParamValue[], place: ParamCheckPlace): void {
  const fn = 'checkParamRange';
  if (!Array.isArray(held)) throw new Error(`${fn} requires held to be an array of values`);
  const numbers = held.filter((h): h is number => typeof h === 'number' && Number.isFinite(h));
  checkPlace(place, fn);
  if (numbers.length === 0) throw new Error(`${fn} requires at least one finite number held`);
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  for (const v of Array.isArray(values) ? (values as readonly number[]) : [values as number]) {
    if (typeof v === 'number' && v >= lo - 1e-9 && v <= hi + 1e-9) continue;
    throw new Error(`${place.step}: P.${place.name} ${showValue(v)} is outside the range of the ${place.data} (${place.plural}: ${listValues(numbers)})`);
  }
}

/**
 * The distinct values, sorted (null first, numbers ascending, texts in code-point order) and
 * joined with ', ' for messages and sentences: [1, 0.5, null, 0.5] → 'null, 0.5, 1'.
 *
 * @param values any values
 * @returns the list as text ('none' when empty)
 * @example
 * listValues([10, 1, 2]); // '1, 2, 10'
 */
export function listValues(values: readonly ParamValue[]): string {
  const distinct: ParamValue[] = [];
  for (const v of values) if (!distinct.some((d) => sameValue(d, v))) distinct.push(v);
  const rank = (v: ParamValue): number => (v === null ? 0 : typeof v === 'number' ? 1 : 2);
  distinct.sort((a, b) => rank(a) - rank(b) || (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  return distinct.length === 0 ? 'none' : distinct.map(showValue).join(', ');
}

function checkPlace(place: ParamCheckPlace, fn: string): void {
  for (const key of ['step', 'name', 'data', 'plural'] as const) {
    if (typeof place?.[key] !== 'string' || place[key] === '') throw new Error(`${fn} requires place.${key} to be a non-empty string`);
  }
}

function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9;
  return a === b;
}

function showValue(v: ParamValue): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(12))) : formatNumber(v);
  return `'${v}'`;
}
