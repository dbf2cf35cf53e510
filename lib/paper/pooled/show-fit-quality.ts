import { fitGroups } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { fitQualityTable } from '../shared/fit-quality-table.js';
import { fitSummaryBy } from '../shared/fit-summary-by.js';
import { fitQualityRows } from './fit-quality-rows.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';
import { pooledVsSettingQuality } from './pooled-vs-setting-quality.js';
import { fittedLabel } from './fitted-label.js';

/**
 * Notebook 03, the three models side by side: per verifier the R² and MAPE of one Eq. 1 pair for
 * all settings (Fig. 4a), of the per-setting Eq. 1 fits (Fig. 2a) and of the pooled Eq. 3 fit
 * (table), then how the pooled MAPE compares with the per-setting fits' (sentences).
 *
 * @param report the notebook's report
 * @param data loadReal output (or loadSim)
 * @returns nothing: table and sentences go to the report
 * @throws {Error} as fitGroups' summaries when no per-setting fit succeeds
 * @example
 * fitQuality(report, real);
 */
export function fitQuality(report: Report, data: PooledData): void {
  const settingFits = fitGroups(data.rows.filter((r) => r.k > 0), { ...data.fit, model: 'eq1' });
  const singleFits = data.singleFits.filter((g) => g.key.drafter !== '');
  const perVerifier = new Map<unknown, number>();
  for (const g of settingFits) if (g.fit !== null) perVerifier.set(g.key.verifier, (perVerifier.get(g.key.verifier) ?? 0) + 1);
  const counts = [...perVerifier.values()];
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const settings = lo === hi ? String(lo) : `${lo}–${hi}`;
  const coefficients = lo === hi ? String(2 * lo) : `${2 * lo}–${2 * hi}`;
  report.table(
    fitQualityTable(
      [
        ...fitQualityRows('Fig. 4a: one Eq. 1 pair for all (α, k) settings', singleFits),
        ...fitQualityRows('Fig. 2a: Eq. 1 per (α, k) setting', settingFits),
        ...fitQualityRows('Fig. 4c: pooled Eq. 3 (six coefficients)', data.sdFits),
      ],
      {
        dataLabel: fittedLabel(data),
        id: POOLED_VIEWS[data.kind].qualityId,
        caption:
          `Fit quality of the three models on ${fittedLabel(data)}: R² and MAPE of each verifier's single Eq. 1 fit (2 coefficients for all ${settings} settings), ` +
          `of the per-setting Eq. 1 fits (2 per setting, ${coefficients} in all; median over the ${settings} settings) and of the pooled Eq. 3 fit ` +
          '(6 coefficients for all settings); points = load points used.',
      },
    ),
  );
  report.markdown(
    `A single Eq. 1 pair for all settings reaches R² ${fitSummaryBy(singleFits).overall.maxR2.toFixed(3)} at best over the verifiers; ` +
      `the per-setting fits (${coefficients} coefficients per verifier) have median R² ${fitSummaryBy(settingFits).overall.medianR2.toFixed(3)}, ` +
      `the pooled fits (6 coefficients) at least ${fitSummaryBy(data.sdFits).overall.minR2.toFixed(3)}.\n\n${pooledVsSettingQuality(settingFits, data.sdFits).text}`,
  );
}
