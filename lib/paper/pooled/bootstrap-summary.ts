import type { SdBootstrap } from '../shared/bootstrap-sd-fits.js';

/** The result of {@link bootstrapSummary}. */
export interface BootstrapSummary {
  /** Systems bootstrapped, and those whose bootstrap failed altogether. */
  nSystems: number;
  nFailedSystems: number;
  /** Resamples over all systems, and those whose fit failed (left out of the intervals). */
  nResamples: number;
  nFailedResamples: number;
  /**
   * Per coefficient (only those where it happens): systems whose estimate sits at the
   * non-negativity bound 0 (below 1e-9 s), and systems whose interval reaches down to it.
   */
  atBound: Array<{ coefficient: string; nAtZero: number; nIntervalAtZero: number }>;
  /** Markdown: one sentence on resamples, one on coefficients at the bound, one line per failed system. */
  text: string;
}

/** Below this a coefficient (s, or s per concurrent request) counts as at its bound 0. */
const ZERO_S = 1e-9;

/**
 * Counts how many bootstrap resamples could be fitted, so that a notebook can say on how many
 * fits its intervals rest, and which coefficients sit at their non-negativity bound 0.
 *
 * @param boots bootstrapSdFits output
 * @returns counts and a sentence
 * @throws {Error} `bootstrapSummary requires a non-empty array of bootstraps`
 * @example
 * bootstrapSummary(bootstrapSdFits(rows, fits, { nBoot: 100, seed: 1 })).text;
 * // 'Intervals from 500 resamples over 5 systems; 0 resample fits failed and were left out.'
 */
export function bootstrapSummary(boots: readonly SdBootstrap[]): BootstrapSummary {
  if (!Array.isArray(boots as unknown) || boots.length === 0) throw new Error('bootstrapSummary requires a non-empty array of bootstraps');
  const ok = boots.filter((b) => b.result !== null);
  const nResamples = ok.reduce((s, b) => s + b.result!.nBoot, 0);
  const nFailedResamples = ok.reduce((s, b) => s + b.result!.nFailed, 0);
  const failed = boots.filter((b) => b.result === null);
  const names = [...new Set(ok.flatMap((b) => Object.keys(b.result!.estimate)))];
  const atBound = names
    .map((coefficient) => ({
      coefficient,
      nAtZero: ok.filter((b) => b.result!.estimate[coefficient] < ZERO_S).length,
      nIntervalAtZero: ok.filter((b) => b.result!.intervals[coefficient] !== undefined && b.result!.intervals[coefficient].lower < ZERO_S).length,
    }))
    .filter((a) => a.nAtZero > 0 || a.nIntervalAtZero > 0);
  const boundText =
    atBound.length === 0
      ? ''
      : ` At the lower bound 0 (the fit keeps every coefficient non-negative; there the data do not separate that term from the others): ` +
        atBound.map((a) => `${a.coefficient} in ${a.nAtZero} of ${ok.length} system(s), its interval reaching 0 in ${a.nIntervalAtZero}`).join('; ') +
        '.';
  const text =
    `Intervals from ${nResamples} resamples over ${ok.length} system(s); ${nFailedResamples} resample fit(s) failed and were left out.` +
    boundText +
    failed.map((b) => `\n- ${b.label}: no intervals (${b.error ?? 'no fit'}).`).join('');
  return { nSystems: boots.length, nFailedSystems: failed.length, nResamples, nFailedResamples, atBound, text };
}
