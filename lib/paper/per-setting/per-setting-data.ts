import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import type { PerSettingFitOptions } from './params.js';

/** One data set of notebook 02 as its step functions use it (loadReal, loadSim). */
export interface PerSettingData {
  kind: 'real' | 'simulated';
  /** What the data are, for captions. */
  label: string;
  /** The rows fitted. */
  rows: TidyRow[];
  /** Options of every fit of these rows (the loss checked). */
  fit: PerSettingFitOptions;
  /** The fits' loss for captions and sentences, after "with the" (fitLossPhrase, e.g. 'relative loss (residuals divided by the measured latency)'). */
  lossPhrase: string;
  /** One Eq. 1 fit per (verifier, α, k) configuration (real data; null when not made). */
  settingFits: GroupFit<Eq1Fit>[] | null;
  /** One pooled Eq. 3 fit per system (verifier, drafter, GPU, lengths); each carries its settings' own Eq. 1 fits. */
  sdFits: GroupFit<SdFit>[];
  /** The system of Fig. 2b: its pooled fit. */
  system: GroupFit<SdFit> & { fit: SdFit };
  /** The non-SD baseline D: measured (a k = 0 sweep of the system) or implied by the pooled fit at k = 0. */
  baseline: 'measured' | 'pooled';
  /** Markdown: what was loaded and fitted. */
  summary: string;
}

/** Words, ids and titles of each kind of data (the ids are the outputs' file names). */
export const PER_SETTING_VIEWS = {
  real: { name: 'real', titleData: 'real vLLM data, ', curvesId: 'fig02a-latency-curves', heatmapId: 'fig02b-ratio-heatmap', bestId: 'fig03-best-over-k' },
  simulated: { name: 'simulated', titleData: 'SIMULATED ', curvesId: 'fig02a-latency-curves-sim', heatmapId: 'fig02b-ratio-heatmap-sim', bestId: 'fig03-best-over-k-sim' },
} as const;

/** The baseline's name in titles and captions. */
export const BASELINE_WORDS = {
  pooled: { short: 'implied baseline', caption: 'baseline implied by the pooled Eq. 3 fit at k = 0' },
  measured: { short: 'measured baseline', caption: 'measured k = 0 baseline' },
} as const;

/**
 * The verifier and lengths of a system key, typed for filterRows and ratioRows selections (the
 * rows without speculation of the system share them; its drafter they do not).
 *
 * @param key a pooled fit's key (SYSTEM_KEYS)
 * @returns { verifier, prefill_tokens, decode_tokens }
 * @throws {Error} `per-setting requires a system key with verifier, prefill_tokens and decode_tokens`
 * @example
 * workloadOf(real.system.key); // { verifier: 'Qwen3-8B', prefill_tokens: 512, decode_tokens: 128 }
 */
export function workloadOf(key: Record<string, unknown>): { verifier: string; prefill_tokens: number; decode_tokens: number } {
  const { verifier, prefill_tokens: p, decode_tokens: g } = key;
  if (typeof verifier !== 'string' || typeof p !== 'number' || typeof g !== 'number') throw new Error('per-setting requires a system key with verifier, prefill_tokens and decode_tokens');
  return { verifier, prefill_tokens: p, decode_tokens: g };
}
