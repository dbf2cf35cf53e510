import { formatNumber } from '../../util/format-number.js';

/**
 * Where the simulated collapse's C1 and C2 come from, named after the settings shown: the
 * baselines (k = 0 with α null) and the speculative α and k, at every prefill/decode length.
 *
 * @param settings the draft lengths and acceptances selected (P.sim.settings)
 * @returns the label, e.g. 'per-configuration Eq. 1 fits (baselines k = 0 and α 0.7, k 4, every prefill/decode length)'
 * @throws {Error} `simSettingsLabel requires settings that select baselines or speculative settings`
 * @example
 * simSettingsLabel({ k: [0, 4], alpha: [null, 0.7] });
 */
export function simSettingsLabel(settings: { k: readonly number[]; alpha: ReadonlyArray<number | null> }): string {
  const parts: string[] = [];
  if (settings.k.includes(0) && settings.alpha.includes(null)) parts.push('baselines k = 0');
  const ks = settings.k.filter((k) => k > 0);
  const alphas = settings.alpha.filter((a): a is number => a !== null);
  if (ks.length > 0 && alphas.length > 0) parts.push(`α ${alphas.map((a) => formatNumber(a, 3)).join(', ')}, k ${ks.join(', ')}`);
  if (parts.length === 0) throw new Error('simSettingsLabel requires settings that select baselines or speculative settings');
  return `per-configuration Eq. 1 fits (${parts.join(' and ')}, every prefill/decode length)`;
}
