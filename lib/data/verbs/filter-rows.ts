/** A condition on one column: a value, a list of allowed values, or a predicate. */
export type ColumnCondition = string | number | boolean | null | readonly unknown[] | ((value: unknown) => boolean);

/**
 * The rows whose columns meet every condition of `where`: a value must be equal (===), a list
 * must contain the value, a predicate must return true. Numbers in lists compare exactly except
 * for a 1e-9 tolerance (so alpha 0.7 matches 0.7000000000000001). Rows keep their order.
 *
 * @param rows objects (tidy rows, table rows)
 * @param where column -> condition; an empty object keeps every row
 * @returns the matching rows (a new array)
 * @throws {Error} `filterRows requires ...` for a non-array or a where that is not an object
 * @example
 * filterRows(rows, { verifier: ['Qwen3-8B', 'Qwen3-14B'], prefill_tokens: 512, hardware: (h) => String(h).startsWith('A100') });
 */
export function filterRows<T extends object>(rows: readonly T[], where: Record<string, ColumnCondition>): T[] {
  if (!Array.isArray(rows)) throw new Error('filterRows requires an array of rows');
  if (where === null || typeof where !== 'object' || Array.isArray(where)) throw new Error('filterRows requires where to be an object of column conditions');
  const tests = Object.entries(where).map(([column, condition]) => {
    const test =
      typeof condition === 'function'
        ? (condition as (v: unknown) => boolean)
        : Array.isArray(condition)
          ? (v: unknown) => condition.some((c) => same(c, v))
          : (v: unknown) => same(condition, v);
    return (row: T) => test((row as Record<string, unknown>)[column]);
  });
  return rows.filter((row) => tests.every((t) => t(row)));
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9;
  return a === b;
}
