import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { roundTidyRows } from '../../../lib/sim/dataset/round-tidy-rows.js';

const row: TidyRow = {
  verifier: 'Qwen3-8B',
  drafter: 'EAGLE(Qwen3-8B)',
  hardware: 'A100-80GB',
  prefill_tokens: 512,
  decode_tokens: 128,
  k: 3,
  alpha: 0.55,
  strategy: 'constant',
  rate_rps: 14.799999999999999,
  concurrency: null,
  measured_rps: 14.28888888888889,
  mean_latency_s: 3.2728329160552785,
  p50_latency_s: null,
  p95_latency_s: 3.653156112785645,
  p99_latency_s: 3.8529555977638736,
  mean_ttft_ms: 121.72611571616048,
  mean_itl_ms: 24.811864569599354,
  mean_tpot_ms: 25.5690071566819,
  mean_concurrency: 46.80135752228301,
  completed: 1286,
  errored: 0,
  source: 'sim:qwen3-8b@a100-80gb:seed=1689567385',
  engine_steps: 123456789,
  flag: true,
};

describe('roundTidyRows', () => {
  it('rounds non-integer numbers to the given significant digits and keeps everything else', () => {
    const [r] = roundTidyRows([row], 6);
    expect(r).toEqual({
      ...row,
      rate_rps: 14.8,
      measured_rps: 14.2889,
      mean_latency_s: 3.27283,
      p95_latency_s: 3.65316,
      p99_latency_s: 3.85296,
      mean_ttft_ms: 121.726,
      mean_itl_ms: 24.8119,
      mean_tpot_ms: 25.569,
      mean_concurrency: 46.8014,
    });
    // integers stay exact even when longer than the digits
    expect(r.engine_steps).toBe(123456789);
    expect(Object.keys(r)).toEqual(Object.keys(row));
  });

  it('returns new objects and leaves the input alone', () => {
    const input = [{ ...row }];
    const out = roundTidyRows(input, 3);
    expect(out[0]).not.toBe(input[0]);
    expect(input[0].mean_latency_s).toBe(3.2728329160552785);
    expect(out[0].mean_latency_s).toBe(3.27);
    expect(roundTidyRows([], 6)).toEqual([]);
  });

  it('rejects bad input', () => {
    expect(() => roundTidyRows(null as unknown as TidyRow[], 6)).toThrow('roundTidyRows requires an array of rows');
    expect(() => roundTidyRows([], 0)).toThrow('roundSignificant requires digits');
  });
});
