import { naturalCompare } from '../../util/natural-compare.js';
import type { CollapseDeviationBin } from './collapse-deviation-bins.js';

/** The sign pattern of one group's binned deviations from the collapse curve. */
export interface DeviationShape {
  group: string;
  /** Sign of each bin's median, x ascending: '+' (≥ +1%), '−' (≤ −1%) or '0' (within ±1%). */
  signs: string[];
  /** The signs beyond ±1% with repeats merged, e.g. ['+', '−', '+']; [] when at most one bin is beyond ±1%. */
  runs: string[];
}

/** The result of {@link deviationShapes}. */
export interface DeviationShapes {
  shapes: DeviationShape[];
  /** One sentence: which groups show which run of signs, and which stay within ±1%. */
  text: string;
}

/**
 * Reads the shape of the deviations from y = 1/(1 − x) (collapseDeviationBins): per group the
 * signs of the binned medians along x, with bins within ±1% skipped and repeats merged. A group
 * with at most one bin beyond ±1% follows Eq. 1 within noise; a run such as + − + (both ends above
 * the curve, the middle below) or − + is a systematic shape error of Eq. 1, not noise.
 *
 * @param bins the bins of one or more groups
 * @returns per-group signs and runs, and a sentence grouping the groups by their run
 * @throws {Error} `deviationShapes requires an array of bins`
 * @example
 * deviationShapes(bins).text;
 * // 'Runs of signs along x (...): + − +: Qwen3-8B; − +: Qwen3-0.6B. Within ±1% in all bins but at most one: Qwen3-32B.'
 */
export function deviationShapes(bins: readonly CollapseDeviationBin[]): DeviationShapes {
  if (!Array.isArray(bins as unknown)) throw new Error('deviationShapes requires an array of bins');
  const byGroup = new Map<string, CollapseDeviationBin[]>();
  for (const b of bins) byGroup.set(b.group, [...(byGroup.get(b.group) ?? []), b]);
  const shapes = [...byGroup.entries()]
    .sort((a, b) => naturalCompare(a[0], b[0]))
    .map(([group, own]) => {
      const signs = [...own].sort((a, b) => a.xMid - b.xMid).map((b) => (b.medianPct >= 1 ? '+' : b.medianPct <= -1 ? '−' : '0'));
      const beyond = signs.filter((s) => s !== '0');
      const runs = beyond.length <= 1 ? [] : beyond.filter((s, i) => i === 0 || s !== beyond[i - 1]);
      return { group, signs, runs };
    });
  const patterns = new Map<string, string[]>();
  for (const s of shapes) {
    if (s.runs.length === 0) continue;
    const id = s.runs.join(' ');
    patterns.set(id, [...(patterns.get(id) ?? []), s.group]);
  }
  const flat = shapes.filter((s) => s.runs.length === 0).map((s) => s.group);
  const parts: string[] = [];
  if (patterns.size > 0) {
    parts.push(`Runs of signs along x (bins beyond ±1%, in x order, bins within ±1% skipped): ${[...patterns.entries()].map(([id, gs]) => `${id}: ${gs.join(', ')}`).join('; ')}.`);
  }
  if (flat.length > 0) parts.push(`Within ±1% in all bins but at most one: ${flat.join(', ')}.`);
  return { shapes, text: parts.join(' ') || 'No bins to read.' };
}
