import { decodeStepTimeS } from '../../sim/decode-step-time.js';
import { datasetSystemSpec } from '../../sim/dataset/dataset-system-spec.js';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { resolveSystem } from '../../sim/resolve-system.js';

/** How a simulated system's decode step time grows with the batch and with the context. */
export interface BatchLinearity {
  /** Registry name of the simulated system. */
  system: string;
  /** Drafts verified per sequence in the priced steps. */
  k: number;
  /** The shortest and longest context priced (tokens). */
  contexts: readonly [number, number];
  /** Added step time per added sequence from 1 to 2 sequences, at the middle context (ms). */
  lowMsPerSeq: number;
  /** Added step time per added sequence from 64 to 128 sequences (or up to max_num_seqs), at the middle context (ms). */
  highMsPerSeq: number;
  /** How much more an added sequence costs at the longest context than at the shortest, at the high batches (ms). */
  lengthMsPerSeq: number;
  /** The smallest batch (of 2, 4, ..., 128) whose added cost per sequence is at least 1.5 times lowMsPerSeq; null when none. */
  kneeBatch: number | null;
}

/**
 * Eq. 3 prices every sequence of a step the same, whatever the batch: the step time is linear in
 * the batch B (C1 + B x C2 per cycle). This measures, on the simulator's cost model of one system
 * of the simulated data set (decodeStepTimeS: the engine's own pricing, without noise), how far
 * that holds: the added cost per sequence at small and at large batches, the batch where it
 * turns up (the GEMMs go from weight-bandwidth-bound to compute-bound), and, for comparison, how
 * much of the per-sequence cost the context length moves (what c2_v follows over the length grid).
 *
 * @param system registry name of a system of the simulated data set (e.g. 'qwen3-8b@a100-80gb')
 * @param options k (drafts per sequence, 0 for plain decoding; needs a drafter when > 0) and the shortest and longest context (tokens)
 * @returns the added costs per sequence, the knee and the context part
 * @throws {Error} `batchLinearity requires ...` for bad contexts, or the registry's and decodeStepTimeS's errors
 * @example
 * batchLinearity('qwen3-8b@a100-80gb', { k: 3, contexts: [384, 1536] }).highMsPerSeq; // about 0.6 ms, twice lowMsPerSeq
 */
export function batchLinearity(system: string, options: { k: number; contexts: readonly [number, number] }): BatchLinearity {
  const [lo, hi] = options?.contexts ?? [];
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo >= 0 && hi > lo)) throw new Error(`batchLinearity requires contexts [shortest, longest] with 0 <= shortest < longest, got ${String(options?.contexts)}`);
  const sim = resolveSystem(datasetSystemSpec(system, simDatasetPlan().minMaxModelLen));
  const k = options.k;
  const top = Math.min(128, sim.engine.maxNumSeqs);
  const batches = [1, 2, 4, 8, 16, 32, 64, 128].filter((b) => b <= top);
  const mid = (lo + hi) / 2;
  const t = batches.map((b) => decodeStepTimeS(sim, b, k, mid));
  const perSeq = batches.slice(1).map((b, i) => (1000 * (t[i + 1] - t[i])) / (b - batches[i]));
  const lowMsPerSeq = perSeq[0];
  const [b0, b1] = [batches[batches.length - 2], batches[batches.length - 1]];
  const marginal = (ctx: number): number => (1000 * (decodeStepTimeS(sim, b1, k, ctx) - decodeStepTimeS(sim, b0, k, ctx))) / (b1 - b0);
  const knee = perSeq.findIndex((m) => m >= 1.5 * lowMsPerSeq);
  return {
    system,
    k,
    contexts: [lo, hi],
    lowMsPerSeq,
    highMsPerSeq: perSeq[perSeq.length - 1],
    lengthMsPerSeq: marginal(hi) - marginal(lo),
    kneeBatch: knee < 0 ? null : batches[knee + 1],
  };
}
