// Test helpers (not a test file): tidy rows with defaults, and sweeps generated from known coefficients.
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import type { Rng } from '../../lib/random/create-rng.js';

/** A complete tidy row with neutral defaults; override what the test needs. */
export function tidyRow(overrides: Partial<TidyRow> = {}): TidyRow {
  return {
    verifier: 'V',
    drafter: '',
    hardware: 'H',
    prefill_tokens: 512,
    decode_tokens: 128,
    k: 0,
    alpha: null,
    strategy: 'constant',
    rate_rps: null,
    concurrency: null,
    measured_rps: 1,
    mean_latency_s: 1,
    p50_latency_s: null,
    p95_latency_s: null,
    p99_latency_s: null,
    mean_ttft_ms: null,
    mean_itl_ms: null,
    mean_tpot_ms: null,
    mean_concurrency: null,
    completed: 100,
    errored: 0,
    source: 'test',
    ...overrides,
  };
}

/**
 * A real GuideLLM sweep (speculators-scaling, Qwen3-8B, alpha 0.5, k 1, 512/128, max concurrency 128):
 * [strategy, requests/s, mean latency s, mean concurrency, successful, errored, incomplete], in run order.
 * Values copied from the measurement file (rounded to 4 decimals), not from any code output.
 */
export const REAL_SWEEP_8B: [TidyRow['strategy'], number, number, number, number, number, number][] = [
  ['synchronous', 0.7144, 1.3981, 1.0, 64, 0, 1],
  ['throughput', 12.5301, 9.7967, 122.75, 1126, 0, 128],
  ['constant', 2.174, 1.6076, 3.49, 195, 0, 4],
  ['constant', 3.634, 1.7653, 6.42, 326, 0, 7],
  ['constant', 5.0848, 2.0089, 10.21, 457, 0, 11],
  ['constant', 6.523, 2.2921, 14.95, 587, 0, 14],
  ['constant', 7.9642, 2.6189, 20.86, 716, 0, 20],
  ['constant', 9.3395, 3.1395, 29.32, 840, 0, 30],
  ['constant', 10.6695, 4.0697, 43.42, 960, 0, 45],
  ['constant', 11.6045, 7.306, 84.78, 1044, 0, 95],
];

/** The real sweep as tidy rows, shaped as the reduced-sweep loader writes them. */
export function realSweepRows(overrides: Partial<TidyRow> = {}): TidyRow[] {
  return REAL_SWEEP_8B.map(([strategy, rps, latency, conc, completed, errored, incomplete], i) =>
    tidyRow({
      verifier: 'Qwen3-8B',
      drafter: 'EAGLE(Qwen3-8B)',
      k: 1,
      alpha: 0.5,
      strategy,
      measured_rps: rps,
      mean_latency_s: latency,
      mean_concurrency: conc,
      completed,
      errored,
      incomplete,
      max_concurrency: 128,
      benchmark_index: i,
      source: `real.json#[${i}]`,
      ...overrides,
    }),
  );
}

/**
 * Open-loop rows from Eq. 1 with multiplicative Gaussian noise of relative size `noise`:
 * L_i = C1 / (1 - r_i C2) * (1 + noise * z_i).
 */
export function eq1Rows(c1: number, c2: number, rates: number[], rng: Rng, noise: number, overrides: Partial<TidyRow> = {}): TidyRow[] {
  return rates.map((r, i) =>
    tidyRow({
      measured_rps: r,
      rate_rps: r,
      mean_latency_s: (c1 / (1 - r * c2)) * (1 + noise * rng.normal()),
      source: `eq1#${i}`,
      ...overrides,
    }),
  );
}
