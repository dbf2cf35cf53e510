import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import { argMinBy } from '../../util/arg-min-by.js';
import { naturalCompare } from '../../util/natural-compare.js';

/** The best draft length at zero load and under heavy load of one (system, alpha). */
export interface BestKByLoadRow {
  verifier: string;
  prefillTokens: number;
  decodeTokens: number;
  alpha: number;
  /** argmin_k C1: the k of the lowest latency at zero load (C1R shares C1's denominator across k). */
  kZeroLoad: number;
  /** argmin_k C2: the k of the lowest latency as load approaches saturation (and the highest capacity 1/C2). */
  kUnderLoad: number;
  /** Draft lengths compared. */
  nK: number;
}

/** Result of {@link bestKByLoad}. */
export interface BestKByLoad {
  rows: BestKByLoadRow[];
  /** (system, alpha) pairs whose best k at zero load is longer than, equal to, shorter than under load. */
  longerAtZeroLoad: number;
  equal: number;
  shorterAtZeroLoad: number;
}

/**
 * The paper's draft-length finding measured without a baseline: for each (verifier, lengths,
 * alpha), the k minimising C1 and the k minimising C2 over the per-setting Eq. 1 fits. The
 * non-SD baseline divides every k's C1 (and C2) by the same number, so argmin_k C1 = argmin_k C1R
 * and argmin_k C2 = argmin_k C2R: the data need no run without speculation. Ties go to the
 * smaller k. Failed fits and rows with k = 0 or no alpha are skipped; a (system, alpha) needs at
 * least two fitted k.
 *
 * @param fits fitGroups(rows, { model: 'eq1' }) output (keys with verifier, prefill_tokens,
 *   decode_tokens, k, alpha)
 * @returns one row per (system, alpha), sorted by verifier, lengths, alpha; and the counts
 * @throws {Error} `bestKByLoad requires ...` for a non-array or a fit key without those columns
 * @example
 * bestKByLoad(fitGroups(realRows, { model: 'eq1' })).longerAtZeroLoad;
 */
export function bestKByLoad(fits: readonly GroupFit<Pick<Eq1Fit, 'c1' | 'c2'>>[]): BestKByLoad {
  const fn = 'bestKByLoad';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of group fits`);
  const cells = new Map<string, { verifier: string; prefillTokens: number; decodeTokens: number; alpha: number; ks: Array<{ k: number; c1: number; c2: number }> }>();
  fits.forEach((g, i) => {
    if (g?.fit === null || g?.fit === undefined) return;
    const { verifier, prefill_tokens: p, decode_tokens: d, k, alpha, drafter, hardware } = g.key ?? {};
    if (typeof verifier !== 'string' || typeof p !== 'number' || typeof d !== 'number' || typeof k !== 'number') {
      throw new Error(`${fn} requires fits[${i}].key with verifier, prefill_tokens, decode_tokens and k (group by CONFIG_KEYS)`);
    }
    if (k === 0 || typeof alpha !== 'number') return;
    const id = JSON.stringify([verifier, drafter ?? '', hardware ?? '', p, d, alpha]);
    const cell = cells.get(id) ?? { verifier, prefillTokens: p, decodeTokens: d, alpha, ks: [] };
    cell.ks.push({ k, c1: g.fit.c1, c2: g.fit.c2 });
    cells.set(id, cell);
  });
  const argmin = (ks: Array<{ k: number; c1: number; c2: number }>, key: 'c1' | 'c2'): number => argMinBy(ks, (c) => c[key], (c) => c.k).k;
  const rows: BestKByLoadRow[] = [...cells.values()]
    .filter((c) => c.ks.length >= 2)
    .map((c) => ({
      verifier: c.verifier,
      prefillTokens: c.prefillTokens,
      decodeTokens: c.decodeTokens,
      alpha: c.alpha,
      kZeroLoad: argmin(c.ks, 'c1'),
      kUnderLoad: argmin(c.ks, 'c2'),
      nK: c.ks.length,
    }))
    .sort((a, b) => naturalCompare(a.verifier, b.verifier) || a.prefillTokens - b.prefillTokens || a.decodeTokens - b.decodeTokens || a.alpha - b.alpha);
  return {
    rows,
    longerAtZeroLoad: rows.filter((r) => r.kZeroLoad > r.kUnderLoad).length,
    equal: rows.filter((r) => r.kZeroLoad === r.kUnderLoad).length,
    shorterAtZeroLoad: rows.filter((r) => r.kZeroLoad < r.kUnderLoad).length,
  };
}
