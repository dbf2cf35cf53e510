import { linspace } from '../../util/linspace.js';
import type { AdviceConfiguration, AdviceSetup } from './advice-configurations.js';
import { configLatency } from './config-latency.js';

/** A vLLM draft-length schedule for one drafter. */
export interface VllmSchedule {
  drafter: string;
  alpha: number | null;
  /** vLLM's speculative method guessed from the drafter's name (eagle3, eagle, mtp, ngram, else draft_model). */
  method: string;
  /** The longest k of the ranges (vLLM's num_speculative_tokens). */
  numSpeculativeTokens: number;
  /** [[lo, hi, k], ...]: batches of lo..hi requests draft k tokens (k = 0: no speculation). */
  ranges: Array<[number, number, number]>;
  /** The `--speculative-config` JSON fragment. */
  speculativeConfig: string;
}

/**
 * The best draft length per batch-size range for one drafter (vLLM's
 * `num_speculative_tokens_per_batch_size`): among no speculation and every k the advice covers
 * for the drafter, the fastest option at each load; the batch the server then sees is Little's
 * B = RPS·L(RPS) of that option (open loop) or the concurrency itself (closed loop). Ranges are
 * contiguous from batch 1 up to maxBatch; a switch happens at the first batch where the next
 * option is the fastest.
 *
 * @param setup the advice's configurations
 * @param drafter the drafter
 * @param alpha the drafter variant's alpha (null when none)
 * @param options maxBatch (vLLM max_num_seqs, default 256), samples of the load sweep (default 4000)
 * @returns the schedule
 * @throws {Error} `vllmSchedule requires ...` when the drafter has no configuration
 * @example
 * vllmSchedule(setup, 'EAGLE3', null).ranges; // [[1, 40, 3], [41, 96, 1], [97, 256, 0]]
 */
export function vllmSchedule(setup: AdviceSetup, drafter: string, alpha: number | null, options: { maxBatch?: number; samples?: number } = {}): VllmSchedule {
  const maxBatch = options.maxBatch ?? 256;
  if (!(Number.isInteger(maxBatch) && maxBatch >= 1)) throw new Error(`vllmSchedule requires maxBatch to be an integer >= 1, got ${maxBatch}`);
  const own = setup.configurations.filter((c) => c.k > 0 && c.drafter === drafter && c.alpha === alpha);
  if (own.length === 0) throw new Error(`vllmSchedule requires configurations of drafter ${drafter}`);
  const candidates = [setup.baseline, ...own];
  // best option per integer batch 1..maxBatch
  const bestAt: number[] = new Array(maxBatch + 1).fill(-1);
  if (setup.loadKind === 'concurrency') {
    for (let b = 1; b <= maxBatch; b++) bestAt[b] = bestOf(candidates, (c) => c.c1 + c.c2 * b).k;
  } else {
    const rpsMax = Math.max(...candidates.map((c) => (c.c2 > 0 ? 1 / c.c2 : 0)));
    const xs = linspace(0, rpsMax * (1 - 1e-6), options.samples ?? 4000);
    for (const x of xs) {
      const best = bestOf(candidates, (c) => configLatency('rps', x, c));
      const l = configLatency('rps', x, best);
      if (!Number.isFinite(l)) break;
      const b = Math.max(1, Math.ceil(x * l));
      for (let i = b; i <= Math.min(maxBatch, b); i++) if (bestAt[i] < 0) bestAt[i] = best.k;
      if (b > maxBatch) break;
    }
    // batches no sampled load landed on take the option of the batch below (or the first one)
    let last = -1;
    for (let b = 1; b <= maxBatch; b++) {
      if (bestAt[b] < 0) bestAt[b] = last >= 0 ? last : (bestAt.find((v) => v >= 0) ?? 0);
      last = bestAt[b];
    }
  }
  const ranges: Array<[number, number, number]> = [];
  for (let b = 1; b <= maxBatch; b++) {
    const k = bestAt[b];
    const top = ranges[ranges.length - 1];
    if (top && top[2] === k) top[1] = b;
    else ranges.push([b, b, k]);
  }
  const numSpeculativeTokens = Math.max(...ranges.map((r) => r[2]));
  const method = methodOf(drafter);
  const config = {
    method,
    model: drafter,
    num_speculative_tokens: numSpeculativeTokens,
    num_speculative_tokens_per_batch_size: ranges,
  };
  return { drafter, alpha, method, numSpeculativeTokens, ranges, speculativeConfig: JSON.stringify(config) };
}

function bestOf(candidates: readonly AdviceConfiguration[], latency: (c: AdviceConfiguration) => number): AdviceConfiguration {
  let best = candidates[0];
  let bestL = latency(best);
  for (const c of candidates) {
    const l = latency(c);
    if (l < bestL) {
      best = c;
      bestL = l;
    }
  }
  return best;
}

function methodOf(drafter: string): string {
  const d = drafter.toLowerCase();
  if (d.includes('eagle3') || d.includes('eagle-3')) return 'eagle3';
  if (d.includes('eagle')) return 'eagle';
  if (d.includes('mtp')) return 'mtp';
  if (d.includes('ngram')) return 'ngram';
  return 'draft_model';
}
