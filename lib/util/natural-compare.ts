/**
 * Compares two labels the way a reader orders them: numbers inside the text by value
 * ('Qwen3-1.7B' < 'Qwen3-8B' < 'Qwen3-14B', 'k = 2' < 'k = 10'), then case-insensitively.
 * Deterministic (no locale dependence: fixed 'en' collation).
 *
 * @param a first label
 * @param b second label
 * @returns negative, zero or positive as for Array.prototype.sort
 * @example
 * ['k = 10', 'k = 2'].sort(naturalCompare); // ['k = 2', 'k = 10']
 */
export function naturalCompare(a: string, b: string): number {
  const primary = a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
  if (primary !== 0) return primary;
  return a < b ? -1 : a > b ? 1 : 0;
}
