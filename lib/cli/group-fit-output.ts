import type { GroupFit } from '../fit/fit-groups.js';
import { naturalCompare } from '../util/natural-compare.js';

/**
 * Group fits in natural order of their key columns, column by column: numbers by value (null
 * first), text naturally (Qwen3-8B before Qwen3-14B, k = 2 before k = 10). Stable.
 *
 * @param fits the fits (not changed)
 * @returns a sorted copy
 * @example
 * sortGroupsNaturally(fits).map((g) => g.key.k); // [1, 2, ..., 10]
 */
export function sortGroupsNaturally<F>(fits: readonly GroupFit<F>[]): GroupFit<F>[] {
  const compare = (a: unknown, b: unknown): number => {
    if (a === b) return 0;
    if (a === null || a === undefined) return -1;
    if (b === null || b === undefined) return 1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return naturalCompare(String(a), String(b));
  };
  return fits
    .map((g, i) => ({ g, i }))
    .sort((x, y) => {
      for (const k of Object.keys(x.g.key)) {
        const c = compare(x.g.key[k], y.g.key[k]);
        if (c !== 0) return c;
      }
      return x.i - y.i;
    })
    .map((e) => e.g);
}

/**
 * The measured lengths a group holds, for the text table: `prompt 213.3 [213.3-213.3], output
 * 212.9 [212-213.9]` (mean over requests, [smallest-largest run mean]); '-' when unknown.
 *
 * @param g a group fit
 * @returns the cell text
 * @example
 * formatGroupLengths(g); // 'prompt 213.3 [213.3-213.3], output 212.9 [212-213.9]'
 */
export function formatGroupLengths(g: GroupFit<unknown>): string {
  const f = (v: number) => String(Number(v.toFixed(1)));
  const part = (name: string, r: { mean: number; min: number; max: number } | null | undefined) =>
    r ? `${name} ${f(r.mean)} [${f(r.min)}-${f(r.max)}]` : null;
  const parts = [part('prompt', g.lengths?.prompt), part('output', g.lengths?.output)].filter((p) => p !== null);
  return parts.length === 0 ? '-' : parts.join(', ');
}
