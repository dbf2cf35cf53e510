import { formatNumber } from '../../util/format-number.js';
import type { SettingCoefficients } from '../shared/setting-coefficients.js';
import { settingTrends } from './setting-trends.js';

/** How smoothly one system's per-setting C1 and C2 vary with α and k (Fig. 4b), see {@link settingSmoothness}. */
export interface SettingSmoothness {
  /** Steps from one α to the next at fixed k, and those in which C1 (C2) falls. */
  nAlphaSteps: number;
  c1FallsWithAlpha: number;
  c2FallsWithAlpha: number;
  /** α values, and those at which C1 (C2) along k has a single local minimum (no zig-zag). */
  nAlphas: number;
  c1OneMinimum: number;
  c2OneMinimum: number;
  /** α values at which the k minimising C2 is shorter than the one minimising C1. */
  c2ShorterThanC1: number;
  /** α values at which Eq. 3's pooled C1_eff (C2_eff) is smallest at the same k as the per-setting C1 (C2). */
  c1EffSameK: number;
  c2EffSameK: number;
  /** Markdown: the reading of the above in sentences. */
  text: string;
}

/**
 * Reads the course of one system's per-setting Eq. 1 coefficients over the (α, k) grid: whether
 * C1 and C2 fall from one α to the next at fixed k, whether along k each has a single minimum
 * (a U or a monotone course) or zig-zags, whether that minimum lies inside the measured k range
 * or at its end, whether C2's minimising k is shorter than C1's (the Fig. 2b finding), and
 * whether Eq. 3's pooled values put the minima at the same k.
 *
 * @param settings settingCoefficients of one pooled fit (at least two α and two k)
 * @returns counts and sentences
 * @throws {Error} as settingTrends for no or malformed settings
 * @example
 * settingSmoothness(settingCoefficients(fit)).c1OneMinimum; // e.g. 6 of 6 α
 */
export function settingSmoothness(settings: readonly SettingCoefficients[]): SettingSmoothness {
  const trends = settingTrends(settings);
  const alphas = trends.byAlpha.map((b) => b.alpha);
  const ks = [...new Set(settings.map((s) => s.k))].sort((a, b) => a - b);
  const along = (alpha: number, c: 'c1' | 'c2'): number[] =>
    settings
      .filter((s) => s.alpha === alpha)
      .sort((a, b) => a.k - b.k)
      .map((s) => s[c]);
  const oneMinimum = (c: 'c1' | 'c2'): number => alphas.filter((a) => localMinima(along(a, c)) === 1).length;
  const inside = trends.byAlpha.filter((b) => b.kMinC1 !== ks[0] && b.kMinC1 !== ks[ks.length - 1]).map((b) => b.alpha);
  const atEnd = trends.byAlpha.filter((b) => !inside.includes(b.alpha)).map((b) => b.alpha);
  const c1OneMinimum = oneMinimum('c1');
  const c2OneMinimum = oneMinimum('c2');
  const c2ShorterThanC1 = trends.byAlpha.filter((b) => b.kMinC2 < b.kMinC1).length;
  const c1EffSameK = trends.byAlpha.filter((b) => b.kMinC1Eff === b.kMinC1).length;
  const c2EffSameK = trends.byAlpha.filter((b) => b.kMinC2Eff === b.kMinC2).length;
  const n = alphas.length;
  const list = (v: number[]): string => (v.length > 0 ? v.map((a) => formatNumber(a, 3)).join(', ') : 'none');
  const text =
    `Along k, the per-setting C1 has a single minimum (no zig-zag) at ${c1OneMinimum} of ${n} α and C2 at ${c2OneMinimum} of ${n}; ` +
    `C1's minimum lies inside the measured k range (a U shape) at α = ${list(inside)} and at an end of it at α = ${list(atEnd)}. ` +
    `The k minimising C2 is shorter than C1's at ${c2ShorterThanC1} of ${n} α. ` +
    `Eq. 3's pooled values put the minimum at the same k as the per-setting fits at ${c1EffSameK} of ${n} α for C1 and ${c2EffSameK} of ${n} for C2.`;
  return {
    nAlphaSteps: trends.nAlphaSteps,
    c1FallsWithAlpha: trends.c1FallsWithAlpha,
    c2FallsWithAlpha: trends.c2FallsWithAlpha,
    nAlphas: n,
    c1OneMinimum,
    c2OneMinimum,
    c2ShorterThanC1,
    c1EffSameK,
    c2EffSameK,
    text,
  };
}

/** Strict local minima of a sequence (an end counts when it is below its one neighbour). */
function localMinima(v: readonly number[]): number {
  if (v.length < 2) return v.length;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const left = i === 0 ? Infinity : v[i - 1];
    const right = i === v.length - 1 ? Infinity : v[i + 1];
    if (v[i] < left && v[i] < right) n++;
  }
  return n;
}
