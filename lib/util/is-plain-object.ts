/**
 * True for a non-null object that is not an array (what JSON and YAML objects parse to).
 *
 * @param v any value
 * @returns whether `v` can be read as a record of fields
 * @example
 * isPlainObject({ a: 1 }); // true
 * isPlainObject([1]); // false
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
