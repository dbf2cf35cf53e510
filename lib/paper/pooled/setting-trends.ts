import { formatNumber } from '../../util/format-number.js';
import type { SettingCoefficients } from '../shared/setting-coefficients.js';

/** Where C1 and C2 are smallest along k at one alpha, in the per-setting fits and in Eq. 3. */
export interface SettingTrendAlpha {
  alpha: number;
  /** argmin over k of the per-setting C1 and C2 (ties: the smallest k). */
  kMinC1: number;
  kMinC2: number;
  /** argmin over k of the pooled Eq. 3 values C1_eff and C2_eff at the same settings. */
  kMinC1Eff: number;
  kMinC2Eff: number;
}

/** The result of {@link settingTrends}. */
export interface SettingTrends {
  /** Steps from one alpha to the next larger one at fixed k (both settings present). */
  nAlphaSteps: number;
  /** Of those, steps where the per-setting C1 (C2) decreases. */
  c1FallsWithAlpha: number;
  c2FallsWithAlpha: number;
  /** Per alpha, ascending. */
  byAlpha: SettingTrendAlpha[];
  /** Markdown: two sentences, one on alpha, one on k (data against Eq. 3). */
  text: string;
}

/**
 * How the per-setting Eq. 1 coefficients move over (alpha, k) (Fig. 4b), counted rather than
 * eyeballed: how often C1 and C2 fall from one alpha to the next at fixed k, and at which k
 * each is smallest for every alpha, next to where the pooled Eq. 3 values C1_eff, C2_eff are
 * smallest (Eq. 3 makes C1_eff = c1_p + (g/E)(c1_v + k c1_d) U-shaped in k at low alpha, as
 * E(alpha, k) saturates while k c1_d keeps growing).
 *
 * @param settings settingCoefficients(fit) of one system (alpha, k, c1, c2, c1Eff, c2Eff)
 * @returns counts, per-alpha minima and the sentences
 * @throws {Error} `settingTrends requires ...` for no settings or non-finite values
 * @example
 * settingTrends(settingCoefficients(system.fit)).byAlpha[0]; // { alpha: 0.5, kMinC1: 3, kMinC2: 2, kMinC1Eff: 3, kMinC2Eff: 1 }
 */
export function settingTrends(settings: readonly SettingCoefficients[]): SettingTrends {
  const fn = 'settingTrends';
  if (!Array.isArray(settings as unknown) || settings.length === 0) throw new Error(`${fn} requires a non-empty array of settings`);
  settings.forEach((s, i) => {
    for (const c of ['alpha', 'k', 'c1', 'c2', 'c1Eff', 'c2Eff'] as const) {
      if (typeof s[c] !== 'number' || !Number.isFinite(s[c])) throw new Error(`${fn} requires finite settings[${i}].${c}`);
    }
  });
  const alphas = [...new Set(settings.map((s) => s.alpha))].sort((a, b) => a - b);
  const ks = [...new Set(settings.map((s) => s.k))].sort((a, b) => a - b);
  const at = (alpha: number, k: number): SettingCoefficients | undefined => settings.find((s) => s.alpha === alpha && s.k === k);
  let nAlphaSteps = 0;
  let c1FallsWithAlpha = 0;
  let c2FallsWithAlpha = 0;
  for (const k of ks) {
    for (let i = 1; i < alphas.length; i++) {
      const a = at(alphas[i - 1], k);
      const b = at(alphas[i], k);
      if (!a || !b) continue;
      nAlphaSteps++;
      if (b.c1 < a.c1) c1FallsWithAlpha++;
      if (b.c2 < a.c2) c2FallsWithAlpha++;
    }
  }
  const argminK = (rows: SettingCoefficients[], field: 'c1' | 'c2' | 'c1Eff' | 'c2Eff'): number =>
    rows.reduce((best, s) => (s[field] < best[field] || (s[field] === best[field] && s.k < best.k) ? s : best)).k;
  const byAlpha = alphas.map((alpha) => {
    const rows = settings.filter((s) => s.alpha === alpha);
    return { alpha, kMinC1: argminK(rows, 'c1'), kMinC2: argminK(rows, 'c2'), kMinC1Eff: argminK(rows, 'c1Eff'), kMinC2Eff: argminK(rows, 'c2Eff') };
  });
  const list = (field: keyof Omit<SettingTrendAlpha, 'alpha'>): string => byAlpha.map((b) => b[field]).join(', ');
  const alphaList = `α = ${alphas.map((a) => formatNumber(a, 3)).join(', ')}`;
  const text =
    `From one α to the next at fixed k, the per-setting C1 falls in ${c1FallsWithAlpha} of ${nAlphaSteps} steps and C2 in ${c2FallsWithAlpha} of ${nAlphaSteps}. ` +
    `Along k, for ${alphaList}: the per-setting C1 is smallest at k = ${list('kMinC1')} (Eq. 3's pooled C1_eff at k = ${list('kMinC1Eff')}), ` +
    `the per-setting C2 at k = ${list('kMinC2')} (C2_eff at k = ${list('kMinC2Eff')}); k ranges over ${ks.join(', ')}.`;
  return { nAlphaSteps, c1FallsWithAlpha, c2FallsWithAlpha, byAlpha, text };
}
