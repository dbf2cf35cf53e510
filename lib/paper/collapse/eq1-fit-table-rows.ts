import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { Eq1FitTableRow } from './eq1-fits-table.js';

/** The parts of an Eq. 1 fit that {@link eq1FitTableRows} reads. */
export type Eq1FitSummary = Pick<Eq1Fit, 'c1' | 'c2' | 'r2' | 'mape' | 'nPoints' | 'excluded'>;

const STRING_KEYS = ['verifier', 'drafter', 'hardware'] as const;
const NUMBER_KEYS = ['prefill_tokens', 'decode_tokens', 'k'] as const;

/**
 * Turns per-configuration Eq. 1 fits (fitGroups with model 'eq1', grouped by CONFIG_KEYS) into
 * the rows of eq1FitsTable: configuration keys, C1 (s), C2 (s per concurrent request), R²,
 * MAPE in percent, points used and excluded. Groups whose fit failed have no row (count them
 * with fitSummaryBy).
 *
 * @param fits one entry per configuration, keys verifier, drafter, hardware, prefill_tokens,
 *   decode_tokens, k, alpha
 * @returns one row per successful fit, in input order
 * @throws {Error} `eq1FitTableRows requires ...` for a non-array or a group key lacking a configuration column
 * @example
 * eq1FitTableRows(fitGroups(rows, { model: 'eq1' }))[0].mapePct; // e.g. 2.06 (percent)
 */
export function eq1FitTableRows(fits: readonly GroupFit<Eq1FitSummary>[]): Eq1FitTableRow[] {
  if (!Array.isArray(fits as unknown)) throw new Error('eq1FitTableRows requires an array of group fits');
  const out: Eq1FitTableRow[] = [];
  fits.forEach((g, i) => {
    if (g.fit === null) return;
    const key = g.key ?? {};
    for (const c of STRING_KEYS) {
      if (typeof key[c] !== 'string') throw new Error(`eq1FitTableRows requires fits[${i}].key.${c} to be a string (group by CONFIG_KEYS)`);
    }
    for (const c of NUMBER_KEYS) {
      if (typeof key[c] !== 'number') throw new Error(`eq1FitTableRows requires fits[${i}].key.${c} to be a number (group by CONFIG_KEYS)`);
    }
    const alpha = key.alpha as number | null;
    if (alpha !== null && typeof alpha !== 'number') throw new Error(`eq1FitTableRows requires fits[${i}].key.alpha to be a number or null`);
    out.push({
      verifier: key.verifier as string,
      drafter: key.drafter as string,
      hardware: key.hardware as string,
      prefill_tokens: key.prefill_tokens as number,
      decode_tokens: key.decode_tokens as number,
      k: key.k as number,
      alpha,
      c1: g.fit.c1,
      c2: g.fit.c2,
      r2: g.fit.r2,
      mapePct: g.fit.mape * 100,
      n: g.fit.nPoints,
      excluded: g.fit.excluded.length,
    });
  });
  return out;
}
