import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import type { SdCoefficientsTableRow } from './sd-coefficients-table.js';
import type { SdBootstrap } from './bootstrap-sd-fits.js';
import { systemLabel } from './system-label.js';

/**
 * The rows of sdCoefficientsTable: per system (systemLabel of the group key) the six pooled
 * coefficients (s; s per concurrent request), their bootstrap interval bounds when given, R²,
 * MAPE (%) and the points used. Failed fits have no row.
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output
 * @param boots optional bootstrapSdFits output for the same fits (same order); entries without a
 *   result leave the bounds empty
 * @param suffix appended to every system label, e.g. ' (simulated)'
 * @returns one row per successful fit
 * @throws {Error} `sdCoefficientRows requires ...` for non-arrays or boots of another length
 * @example
 * sdCoefficientRows(fits, bootstrapSdFits(rows, fits, { nBoot: 100, seed: 1 }))[0].c2_v_lo; // lower 95% bound (s/request)
 */
export function sdCoefficientRows(
  fits: readonly GroupFit<Pick<SdFit, (typeof SD_COEFFICIENT_NAMES)[number] | 'r2' | 'mape' | 'nPoints'>>[],
  boots?: readonly SdBootstrap[] | null,
  suffix = '',
): SdCoefficientsTableRow[] {
  const fn = 'sdCoefficientRows';
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  if (boots != null && (!Array.isArray(boots as unknown) || boots.length !== fits.length)) {
    throw new Error(`${fn} requires one bootstrap entry per fit (${fits.length}), got ${Array.isArray(boots as unknown) ? boots.length : typeof boots}`);
  }
  const out: SdCoefficientsTableRow[] = [];
  fits.forEach((g, i) => {
    if (g.fit === null) return;
    const row: SdCoefficientsTableRow = {
      system: systemLabel(g.key) + suffix,
      c1_p: g.fit.c1_p,
      c1_v: g.fit.c1_v,
      c1_d: g.fit.c1_d,
      c2_p: g.fit.c2_p,
      c2_v: g.fit.c2_v,
      c2_d: g.fit.c2_d,
      r2: g.fit.r2,
      mapePct: g.fit.mape * 100,
      n: g.fit.nPoints,
    };
    const result = boots?.[i]?.result;
    if (boots) {
      const record = row as unknown as Record<string, number | null>;
      for (const c of SD_COEFFICIENT_NAMES) {
        record[`${c}_lo`] = result ? result.intervals[c].lower : null;
        record[`${c}_hi`] = result ? result.intervals[c].upper : null;
      }
    }
    out.push(row);
  });
  return out;
}
