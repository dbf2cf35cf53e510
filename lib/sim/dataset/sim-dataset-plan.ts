/**
 * The plan of the shipped simulated reference data set (data/sim): which systems, which
 * (prefill, decode, k, alpha) settings per system, with which seed and benchmark settings.
 * Pure data: scripts/generate-sim-data.ts turns it into simulations, the manifest records it.
 */
import type { SweepWindow } from '../load/sweep-window.js';
import { PAPER_ALPHAS, PAPER_DECODE_TOKENS, PAPER_KS, PAPER_PREFILL_TOKENS } from '../paper-grid-jobs.js';

/** One prefill/decode length pair (tokens per request). */
export interface DatasetLengths {
  prefillTokens: number;
  decodeTokens: number;
}

/**
 * A grid of settings: for every length pair, a baseline without speculation (when `baseline`)
 * and every alpha x k. Expanded in the order lengths, then baseline, then alpha, then k (the
 * order of paperGridJobs).
 */
export interface DatasetGrid {
  /** Short name (manifest, README). */
  name: string;
  /** What the grid is for, in one sentence. */
  description: string;
  lengths: DatasetLengths[];
  baseline: boolean;
  alphas: number[];
  ks: number[];
  /**
   * true: each sweep's benchmarks run for the plan's latency-scaled `window` (max_seconds from a
   * pilot request's latency, with warm-up); false: for the plan's fixed durationS without
   * warm-up, the real speculators-scaling runs' protocol.
   */
  scaledWindow: boolean;
}

/** One shipped tidy CSV: one system's settings. */
export interface DatasetFilePlan {
  /** Registry system name (`speclat simulate --list`). */
  system: string;
  /** Path relative to the repository root: `data/sim/<system>.csv`. */
  file: string;
  /** Base seed of the file: job i of the file runs with deriveSeed(seed, i). */
  seed: number;
  /** Grids in expansion order; a setting already listed by an earlier grid is not repeated. */
  grids: DatasetGrid[];
}

/** One sweep shipped as a GuideLLM 0.5-shaped benchmarks.json (with its .meta.json sidecar). */
export interface DatasetGuidellmPlan {
  system: string;
  prefillTokens: number;
  decodeTokens: number;
  /** 0 = no speculation. */
  k: number;
  /** Acceptance probability; null for k = 0. */
  alpha: number | null;
  /** Base seed given to `speclat simulate --seed`. */
  seed: number;
  /** Why this sweep is shipped. */
  purpose: string;
}

/** The whole data set. */
export interface SimDatasetPlan {
  /** Folder of the data set, relative to the repository root. */
  dir: string;
  /** Folder of the GuideLLM reports, relative to the repository root. */
  guidellmDir: string;
  /** Seconds per benchmark of the grids without a scaled window, no warm-up (the real runs': 90). */
  durationS: number;
  /** Benchmark length and warm-up of the grids with scaledWindow (see SweepWindow). */
  window: SweepWindow;
  /** Benchmarks per GuideLLM sweep: synchronous, throughput, then sweepSize - 2 constant rates. */
  sweepSize: number;
  /** GuideLLM max concurrency (the real runs': 128). */
  maxConcurrency: number;
  /** Every system's max_model_len is raised to at least this (the longest workload: 1024 + 1024), as `speclat simulate --grid paper` does. */
  minMaxModelLen: number;
  /** Significant digits kept for non-integer numbers in the CSVs (see roundTidyRows). */
  significantDigits: number;
  files: DatasetFilePlan[];
  guidellm: DatasetGuidellmPlan[];
}

const ALL_LENGTHS: DatasetLengths[] = PAPER_PREFILL_TOKENS.flatMap((prefillTokens) =>
  PAPER_DECODE_TOKENS.map((decodeTokens) => ({ prefillTokens, decodeTokens })),
);

/**
 * The benchmark length of the paper-length grids: GuideLLM max_seconds = 22 x the latency of a
 * pilot request on the idle server (at least the real runs' 90 s), the first 40% of it warm-up.
 * Under load a request takes up to a few times its idle latency; the warm-up (about 9 pilot
 * latencies) lets the server fill up from idle before the statistics start, and the 13 pilot
 * latencies after it measure the steady state. 22 is what the 10-minute generation budget on two
 * cores allows (data/README.md: the measured bias of this choice, of longer ones and of the 90-s
 * benchmarks without warm-up it replaces).
 */
export const DATASET_WINDOW: SweepWindow = { minDurationS: 90, latencyMultiple: 22, warmupFrac: 0.4 };

/** The paper's full grid (section 4): 16 length pairs x (baseline + 11 alphas x 10 k) = 1776 sweeps. */
export const PAPER_GRID: DatasetGrid = {
  name: 'paper',
  description: "the paper's full grid: prefill x decode in {256, 512, 768, 1024}^2, baseline + alpha in {0.50, 0.55, ..., 1.00} x k in 1..10",
  lengths: ALL_LENGTHS,
  baseline: true,
  alphas: [...PAPER_ALPHAS],
  ks: [...PAPER_KS],
  scaledWindow: true,
};

/** The subset every system gets: all 16 length pairs (Fig. 6, Fig. 7) x (baseline + 4 alphas x 7 k) = 464 sweeps. */
export const NOTEBOOK_GRID: DatasetGrid = {
  name: 'notebook-subset',
  description: 'all 16 prefill/decode pairs of the paper (Fig. 6 length scaling, Fig. 7 leave-n-out) x (baseline + alpha in {0.5, 0.7, 0.9, 1.0} x k in {1, 2, 3, 4, 6, 8, 10})',
  lengths: ALL_LENGTHS,
  baseline: true,
  alphas: [0.5, 0.7, 0.9, 1.0],
  ks: [1, 2, 3, 4, 6, 8, 10],
  scaledWindow: true,
};

/** The real speculators-scaling grid at 512/128 (baseline added): 1 + 6 alphas x 8 k = 49 sweeps. */
export const REAL_GRID: DatasetGrid = {
  name: 'real-512-128',
  description: 'the real speculators-scaling grid, for point-for-point comparison: prefill 512 / decode 128, alpha in {0.5, 0.6, ..., 1.0} x k in {1, 2, 3, 4, 5, 6, 8, 10}, plus a baseline the real data lacks',
  lengths: [{ prefillTokens: 512, decodeTokens: 128 }],
  baseline: true,
  alphas: [0.5, 0.6, 0.7, 0.8, 0.9, 1.0],
  ks: [1, 2, 3, 4, 5, 6, 8, 10],
  scaledWindow: false,
};

/** Every k at two lengths for the MoE coverage correction (Fig. 8; it matters most at small k): 2 x (1 + 3 x 10) = 62 sweeps. */
export const MOE_GRID: DatasetGrid = {
  name: 'moe-all-k',
  description: 'MoE coverage correction (Fig. 8): prefill/decode 512/128 and 1024/1024, baseline + alpha in {0.6, 0.8, 1.0} x every k in 1..10',
  lengths: [
    { prefillTokens: 512, decodeTokens: 128 },
    { prefillTokens: 1024, decodeTokens: 1024 },
  ],
  baseline: true,
  alphas: [0.6, 0.8, 1.0],
  ks: [...PAPER_KS],
  scaledWindow: true,
};

/**
 * The shipped simulated data set (issue "Reference measurements"): 13 systems, one tidy CSV
 * each, 90-s GuideLLM sweeps of 10 benchmarks, plus three sweeps as GuideLLM reports.
 *
 * - qwen3-8b@a100-80gb: the paper's full grid (1776 sweeps) and the real 512/128 grid (49).
 * - the other dense Qwen3 on one A100 (0.6B, 1.7B, 14B, 32B): notebook subset (464) + real grid (49).
 * - Llama-3.1-8B, Llama-3.1-70B (4x A100), Qwen3-8B on H100 and the two draft-model systems:
 *   notebook subset (464).
 * - MoE (gpt-oss-20b, Qwen3-30B-A3B, Qwen3-235B-A22B on 8x A100): notebook subset + every k at
 *   512/128 and 1024/1024 (518 after removing the settings the subset already has).
 *
 * Each file has its own base seed (101, 102, ...) so that no two systems share random streams.
 *
 * @returns a fresh plan (safe to modify)
 * @example
 * simDatasetPlan().files.map((f) => f.system); // ['qwen3-0.6b@a100-80gb', ...]
 */
export function simDatasetPlan(): SimDatasetPlan {
  const denseQwenA100 = ['qwen3-0.6b@a100-80gb', 'qwen3-1.7b@a100-80gb', 'qwen3-8b@a100-80gb', 'qwen3-14b@a100-80gb', 'qwen3-32b@a100-80gb'];
  const others = ['llama-3.1-8b@a100-80gb', 'llama-3.1-70b@a100-80gbx4', 'qwen3-8b@h100-80gb'];
  const moe = ['gpt-oss-20b@a100-80gb', 'qwen3-30b-a3b@a100-80gb', 'qwen3-235b-a22b@a100-80gbx8'];
  const draftModels = ['llama-3.1-70b+llama-3.1-8b@a100-80gbx4', 'qwen3-14b+qwen3-1.7b@a100-80gb'];
  const gridsOf = (system: string): DatasetGrid[] => {
    if (system === 'qwen3-8b@a100-80gb') return [PAPER_GRID, REAL_GRID];
    if (denseQwenA100.includes(system)) return [NOTEBOOK_GRID, REAL_GRID];
    if (moe.includes(system)) return [NOTEBOOK_GRID, MOE_GRID];
    return [NOTEBOOK_GRID];
  };
  const systems = [...denseQwenA100, ...others, ...moe, ...draftModels];
  const files: DatasetFilePlan[] = systems.map((system, i) => ({
    system,
    file: `data/sim/${system}.csv`,
    seed: 101 + i,
    grids: gridsOf(system).map(copyGrid),
  }));
  const guidellm: DatasetGuidellmPlan[] = [
    { system: 'qwen3-8b@a100-80gb', prefillTokens: 512, decodeTokens: 128, k: 3, alpha: 0.8, seed: 201, purpose: 'an SD sweep at the real data set\'s lengths (512/128)' },
    { system: 'qwen3-8b@a100-80gb', prefillTokens: 1024, decodeTokens: 1024, k: 0, alpha: null, seed: 202, purpose: 'a baseline sweep without speculation (Fig. 2b configuration)' },
    { system: 'gpt-oss-20b@a100-80gb', prefillTokens: 1024, decodeTokens: 1024, k: 2, alpha: 0.7, seed: 203, purpose: 'an MoE SD sweep' },
  ];
  return {
    dir: 'data/sim',
    guidellmDir: 'data/sim/guidellm',
    durationS: 90,
    window: { ...DATASET_WINDOW },
    sweepSize: 10,
    maxConcurrency: 128,
    minMaxModelLen: 2048,
    significantDigits: 6,
    files,
    guidellm,
  };
}

function copyGrid(g: DatasetGrid): DatasetGrid {
  return { ...g, lengths: g.lengths.map((l) => ({ ...l })), alphas: [...g.alphas], ks: [...g.ks] };
}
