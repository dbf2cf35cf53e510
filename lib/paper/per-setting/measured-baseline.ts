import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { selectFit } from '../shared/select-fit.js';

/**
 * The measured non-SD baseline of a system: C1 (s) and C2 (s per concurrent request) of the own
 * Eq. 1 fit of its k = 0 sweep, which fitGroups (model 'sd') joins into the system's pooled fit
 * (fitSd's per-setting diagnostics).
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output of data that has k = 0 runs (e.g. simulated)
 * @param where key values of the system, e.g. { verifier: 'Qwen3-8B', prefill_tokens: 512, decode_tokens: 128 }
 * @returns `{ c1, c2, system }` with the fit's group label
 * @throws {Error} as selectFit, or `measuredBaseline requires a fitted k = 0 sweep in <label>`
 * @example
 * measuredBaseline(fitGroups(simRows, { model: 'sd' }), { verifier: 'Qwen3-8B', prefill_tokens: 512, decode_tokens: 128 }).c1; // s
 */
export function measuredBaseline(fits: readonly GroupFit<Pick<SdFit, 'settings'>>[], where: Record<string, unknown>): { c1: number; c2: number; system: string } {
  const g = selectFit(fits, where);
  const own = g.fit.settings.find((s) => s.k === 0 && typeof s.c1 === 'number' && typeof s.c2 === 'number');
  if (!own) throw new Error(`measuredBaseline requires a fitted k = 0 sweep in ${g.label}`);
  return { c1: own.c1 as number, c2: own.c2 as number, system: g.label };
}
