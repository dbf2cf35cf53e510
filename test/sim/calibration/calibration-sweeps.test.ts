import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { selectCalibrationSweeps } from '../../../lib/sim/calibration/calibration-sweeps.js';

function row(over: Partial<TidyRow>): TidyRow {
  return {
    verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', prefill_tokens: 512, decode_tokens: 128,
    k: 3, alpha: 0.7, strategy: 'constant', rate_rps: null, concurrency: null, measured_rps: 2, mean_latency_s: 1.5,
    p50_latency_s: null, p95_latency_s: null, p99_latency_s: null, mean_ttft_ms: null, mean_itl_ms: null, mean_tpot_ms: null,
    mean_concurrency: 3, completed: 100, errored: 0, source: 'f#2', incomplete: 3, mean_prompt_tokens: 520.2, ...over,
  };
}

describe('selectCalibrationSweeps', () => {
  it('keeps synchronous and steady constant points and says why others are left out', () => {
    const sweeps = selectCalibrationSweeps([
      row({ strategy: 'synchronous', measured_rps: 0.9, mean_latency_s: 1.1, source: 'f#0', incomplete: 1 }),
      row({ strategy: 'throughput', source: 'f#1' }),
      row({ source: 'f#2' }),
      row({ source: 'f#3', errored: 2 }),
      row({ source: 'f#4', mean_concurrency: 120 }),
      row({ source: 'f#5', measured_rps: 10, mean_latency_s: 2, incomplete: 40 }), // 20 expected in flight
      row({ source: 'f#6', measured_rps: 10, mean_latency_s: 2, incomplete: 25 }),
      row({ k: 1, source: 'g#0', strategy: 'synchronous' }),
      row({ k: 0, drafter: '', alpha: null, source: 'h#0' }),
    ]);
    expect(sweeps).toHaveLength(2);
    const s = sweeps.find((x) => x.k === 3)!;
    expect(s.prefillTokens).toBe(520);
    expect(s.points.map((p) => p.source)).toEqual(['f#0', 'f#2', 'f#6']);
    expect(s.points[0].strategy).toBe('synchronous');
    expect(s.excluded.map((e) => e.source)).toEqual(['f#1', 'f#3', 'f#4', 'f#5']);
    expect(s.excluded[3].reason).toMatch(/incomplete spike: 40 unfinished, 20\.0 expected/);
    expect(() => selectCalibrationSweeps(null as never)).toThrow('selectCalibrationSweeps requires');
  });
});
