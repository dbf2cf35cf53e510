import type { TidyRow } from '../../lib/data/tidy-schema.js';

/** Coefficients of the synthetic MoE sweeps (s, s per concurrent request). */
export const COEFS = { c1_u: 0.5, c1_s: 0.8, c2_u: 0.01, c2_s: 0.03 };

/** Eq. 4 by plain fixed-point iteration (independent of lib/model's root finder). */
export function eq4(rps: number, tokensPerRequest: number, experts: number, active: number): number {
  let latency = COEFS.c1_u;
  for (let i = 0; i < 5000; i++) {
    const phi = 1 - (1 - active / experts) ** (rps * latency * tokensPerRequest);
    const next = (COEFS.c1_u + phi * COEFS.c1_s) / (1 - rps * (COEFS.c2_u + phi * COEFS.c2_s));
    if (Math.abs(next - latency) < 1e-15) return next;
    latency = next;
  }
  return latency;
}

/** Synchronous (closed loop, one request) latency of Eq. 4. */
export function eq4Sync(tokensPerRequest: number, experts: number, active: number): number {
  const phi = 1 - (1 - active / experts) ** tokensPerRequest;
  return COEFS.c1_u + phi * COEFS.c1_s + COEFS.c2_u + phi * COEFS.c2_s;
}

/** One tidy row. */
export function row(verifier: string, k: number, strategy: TidyRow['strategy'], rps: number, latencyS: number, over: Partial<TidyRow> = {}): TidyRow {
  return {
    verifier,
    drafter: k === 0 ? '' : 'EAGLE',
    hardware: 'A100-80GB',
    prefill_tokens: 512,
    decode_tokens: 128,
    k,
    alpha: k === 0 ? null : 0.8,
    strategy,
    rate_rps: strategy === 'constant' ? rps : null,
    concurrency: null,
    measured_rps: rps,
    mean_latency_s: latencyS,
    p50_latency_s: null,
    p95_latency_s: null,
    p99_latency_s: null,
    mean_ttft_ms: null,
    mean_itl_ms: null,
    mean_tpot_ms: null,
    mean_concurrency: strategy === 'synchronous' ? 1 : rps * latencyS,
    completed: 500,
    errored: 0,
    source: `test:${verifier}:k${k}`,
    incomplete: 0,
    ...over,
  };
}

/** A noise-free sweep: synchronous plus 8 constant rates 2, 4, ..., 16 requests/s. */
export function sweep(verifier: string, k: number, experts: number, active: number): TidyRow[] {
  const tpr = k === 0 ? 1 : k + 1;
  const sync = eq4Sync(tpr, experts, active);
  return [
    row(verifier, k, 'synchronous', 1 / sync, sync),
    ...[2, 4, 6, 8, 10, 12, 14, 16].map((rps) => row(verifier, k, 'constant', rps, eq4(rps, tpr, experts, active))),
  ];
}
