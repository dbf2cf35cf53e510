import type { GroupFit } from '../../fit/fit-groups.js';

/**
 * The first successful group fit whose key has all the given values (exact equality), e.g. the
 * pooled fit of one verifier: `selectFit(fitGroups(rows, { model: 'sd' }), { verifier: 'Qwen3-8B' })`.
 *
 * @param fits fitGroups output
 * @param where key values the group must have ({} matches the first successful fit)
 * @returns the group fit, with a non-null fit
 * @throws {Error} `selectFit requires ...` for a non-array, or when no successful fit matches (the
 *   message names the matching group's error if the group exists but failed)
 * @example
 * const g = selectFit(fitGroups(rows, { model: 'sd' }), { verifier: 'Qwen3-8B' });
 * g.fit.c2_v; // s per concurrent request
 */
export function selectFit<F>(fits: readonly GroupFit<F>[], where: Record<string, unknown>): GroupFit<F> & { fit: F } {
  if (!Array.isArray(fits as unknown)) throw new Error('selectFit requires an array of group fits');
  if (where === null || typeof where !== 'object') throw new Error('selectFit requires a where object of key values');
  const matches = fits.filter((g) => g.key && Object.entries(where).every(([c, v]) => g.key[c] === v));
  const ok = matches.find((g) => g.fit !== null);
  if (ok) return ok as GroupFit<F> & { fit: F };
  const wanted = JSON.stringify(where);
  if (matches.length > 0) throw new Error(`selectFit requires a successful fit for ${wanted}: ${matches[0].label} failed: ${matches[0].error}`);
  throw new Error(`selectFit requires a group matching ${wanted} (have ${fits.length} groups)`);
}
