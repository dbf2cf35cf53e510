import type { BestOverKRow } from './best-over-k-figure.js';
import { argMinBy } from '../../util/arg-min-by.js';
import { formatNumber } from '../../util/format-number.js';

/** The k minimising C1R and the k minimising C2R at one alpha of one workload. */
export interface ArgminK {
  /** The rows' system label ('' when the rows carry none). */
  system: string;
  alpha: number;
  prefillTokens: number;
  decodeTokens: number;
  /** argmin_k C1R and argmin_k C2R (ties: the smallest k). */
  kC1: number;
  kC2: number;
  /** The minima. */
  minC1r: number;
  minC2r: number;
}

/** The paper's Fig. 2b claims counted on a set of ratio rows, see {@link ratioClaims}. */
export interface RatioClaims {
  /** Settings (rows). */
  n: number;
  /** Settings with C1R < 1. */
  c1rBelowOne: number;
  /** Settings with alpha below highAlpha, and how many of them have C2R > 1. */
  nLowAlpha: number;
  c2rAboveOneLowAlpha: number;
  /** Settings with alpha >= highAlpha, and how many of them have C2R < 1. */
  nHighAlpha: number;
  c2rBelowOneHighAlpha: number;
  /** Per (system, workload, alpha): the minimising k of each ratio. */
  argmin: ArgminK[];
  /** (workload, alpha) pairs with argmin_k C1R greater than, equal to, less than argmin_k C2R. */
  argminGreater: number;
  argminEqual: number;
  argminLess: number;
  /** Markdown list of three sentences, one per claim, each saying whether the data agree. */
  text: string;
  /**
   * Markdown list of the best-over-k values (Fig. 3) per (system, workload): for each α the
   * smallest C1R and C2R with their k.
   */
  bestText: string;
}

/**
 * Counts the paper's three Fig. 2b claims on C1R / C2R rows: (1) C1R < 1 everywhere (SD is
 * faster at zero load); (2) C2R > 1 except at alpha >= 0.9 (SD adds load-dependent work unless
 * acceptance is very high); (3) argmin_k C1R > argmin_k C2R (the best k at zero load is longer
 * than the best k under load), counted per (system, prefill, decode, alpha), the system being the
 * rows' optional `system` label (ratioRows sets it).
 *
 * @param rows ratio rows (ratioRows), one per (alpha, k) of one or more workloads
 * @param highAlpha the paper's threshold (default 0.9)
 * @returns counts, per-alpha argmins, the claim sentences and the best-over-k list
 * @throws {Error} `ratioClaims requires ...` for no rows or non-finite ratios
 * @example
 * ratioClaims([{ alpha: 0.5, k: 1, prefillTokens: 512, decodeTokens: 128, c1r: 0.8, c2r: 1.2 }]).c1rBelowOne; // 1
 */
export function ratioClaims(rows: readonly (BestOverKRow & { system?: string })[], highAlpha = 0.9): RatioClaims {
  if (!Array.isArray(rows as unknown) || rows.length === 0) throw new Error('ratioClaims requires a non-empty array of ratio rows');
  rows.forEach((r, i) => {
    for (const c of ['alpha', 'k', 'prefillTokens', 'decodeTokens', 'c1r', 'c2r'] as const) {
      if (typeof r[c] !== 'number' || !Number.isFinite(r[c])) throw new Error(`ratioClaims requires finite rows[${i}].${c}`);
    }
  });
  const high = (r: BestOverKRow): boolean => r.alpha >= highAlpha - 1e-9;
  const low = rows.filter((r) => !high(r));
  const hi = rows.filter(high);
  const c1rBelowOne = rows.filter((r) => r.c1r < 1).length;
  const c2rAboveOneLowAlpha = low.filter((r) => r.c2r > 1).length;
  const c2rBelowOneHighAlpha = hi.filter((r) => r.c2r < 1).length;

  const cells = new Map<string, (BestOverKRow & { system?: string })[]>();
  for (const r of rows) {
    const id = JSON.stringify([r.system ?? '', r.prefillTokens, r.decodeTokens, r.alpha]);
    cells.set(id, [...(cells.get(id) ?? []), r]);
  }
  const argmin: ArgminK[] = [...cells.values()]
    .map((rs) => {
      const best = (key: 'c1r' | 'c2r'): BestOverKRow => argMinBy(rs, (r) => r[key], (r) => r.k);
      const b1 = best('c1r');
      const b2 = best('c2r');
      return { system: rs[0].system ?? '', alpha: rs[0].alpha, prefillTokens: rs[0].prefillTokens, decodeTokens: rs[0].decodeTokens, kC1: b1.k, kC2: b2.k, minC1r: b1.c1r, minC2r: b2.c2r };
    })
    .sort((a, b) => (a.system < b.system ? -1 : a.system > b.system ? 1 : 0) || a.prefillTokens - b.prefillTokens || a.decodeTokens - b.decodeTokens || a.alpha - b.alpha);
  const argminGreater = argmin.filter((a) => a.kC1 > a.kC2).length;
  const argminEqual = argmin.filter((a) => a.kC1 === a.kC2).length;
  const argminLess = argmin.filter((a) => a.kC1 < a.kC2).length;

  const lowNotAbove = low.filter((r) => !(r.c2r > 1));
  const exceptions = [...new Set(lowNotAbove.map((r) => r.alpha))].sort((a, b) => a - b).map((a) => a.toFixed(2));
  const exceptionKs = [...new Set(lowNotAbove.map((r) => r.k))].sort((a, b) => a - b);
  const pct = (a: number, b: number): string => (b > 0 ? `${formatNumber((100 * a) / b, 3)}%` : 'n/a');
  const verdict = (ok: boolean): string => (ok ? 'agrees with the paper' : 'differs from the paper');
  const th = formatNumber(highAlpha, 3);
  const lines = [
    `- Claim C1R < 1 everywhere: ${c1rBelowOne} of ${rows.length} settings (${pct(c1rBelowOne, rows.length)}) have C1R < 1` +
      (c1rBelowOne < rows.length
        ? `; C1R ≥ 1 at α ∈ {${setOf(rows.filter((r) => !(r.c1r < 1)).map((r) => r.alpha)).map((a) => a.toFixed(2)).join(', ')}} and ` +
          `k ∈ {${setOf(rows.filter((r) => !(r.c1r < 1)).map((r) => r.k)).join(', ')}}, the largest C1R is ${formatNumber(Math.max(...rows.map((r) => r.c1r)))}`
        : '') +
      ` (${verdict(c1rBelowOne === rows.length)}).`,
    `- Claim C2R > 1 except at α ≥ ${th}: ${c2rAboveOneLowAlpha} of ${low.length} settings with α < ${th} have C2R > 1 (${pct(c2rAboveOneLowAlpha, low.length)}` +
      (exceptions.length > 0 ? `; C2R ≤ 1 occurs there at α ∈ {${exceptions.join(', ')}} and k ∈ {${exceptionKs.join(', ')}}), ` : '), ') +
      `and ${c2rBelowOneHighAlpha} of ${hi.length} with α ≥ ${th} have C2R < 1 (${pct(c2rBelowOneHighAlpha, hi.length)}) ` +
      `(${verdict(c2rAboveOneLowAlpha === low.length && (hi.length === 0 || c2rBelowOneHighAlpha > 0))}).`,
    `- Claim argmin_k C1R > argmin_k C2R: at ${argminGreater} of ${argmin.length} (system, workload, α) cells the zero-load best k is longer, ` +
      `at ${argminEqual} equal, at ${argminLess} shorter (${verdict(argminGreater === argmin.length)}).`,
  ];
  const workloads = new Map<string, ArgminK[]>();
  for (const a of argmin) {
    const id = `${a.system ? `${a.system}, ` : ''}${a.prefillTokens}/${a.decodeTokens}`;
    workloads.set(id, [...(workloads.get(id) ?? []), a]);
  }
  const bestText = [...workloads.entries()]
    .map(
      ([id, as]) =>
        `- ${id}: ` +
        as.map((a) => `α ${a.alpha.toFixed(2)}: C1R ${formatNumber(a.minC1r, 3)} (k ${a.kC1}), C2R ${formatNumber(a.minC2r, 3)} (k ${a.kC2})`).join('; ') +
        '.',
    )
    .join('\n');
  return {
    n: rows.length,
    c1rBelowOne,
    nLowAlpha: low.length,
    c2rAboveOneLowAlpha,
    nHighAlpha: hi.length,
    c2rBelowOneHighAlpha,
    argmin,
    argminGreater,
    argminEqual,
    argminLess,
    text: lines.join('\n'),
    bestText,
  };
}

/** The distinct values, ascending. */
function setOf(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
