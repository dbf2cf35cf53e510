import type { SdBootstrap } from './bootstrap-sd-fits.js';

/** The result of {@link bootstrapSummary}. */
export interface BootstrapSummary {
  /** Systems bootstrapped, and those whose bootstrap failed altogether. */
  nSystems: number;
  nFailedSystems: number;
  /** Resamples over all systems, and those whose fit failed (left out of the intervals). */
  nResamples: number;
  nFailedResamples: number;
  /** Markdown: one sentence, plus one line per failed system. */
  text: string;
}

/**
 * Counts how many bootstrap resamples could be fitted, so that a notebook can say on how many
 * fits its intervals rest.
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
  const text =
    `Intervals from ${nResamples} resamples over ${ok.length} system(s); ${nFailedResamples} resample fit(s) failed and were left out.` +
    failed.map((b) => `\n- ${b.label}: no intervals (${b.error ?? 'no fit'}).`).join('');
  return { nSystems: boots.length, nFailedSystems: failed.length, nResamples, nFailedResamples, text };
}
