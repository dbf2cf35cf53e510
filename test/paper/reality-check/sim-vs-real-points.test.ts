import { describe, expect, it } from 'vitest';
import { simVsRealPoints } from '../../../lib/paper/reality-check/sim-vs-real-points.js';

const c = (strategy: 'synchronous' | 'constant', rps: number, real: number, sim: number) => ({
  verifier: 'Qwen3-8B',
  alpha: 0.8,
  k: 3,
  strategy,
  rps,
  real_latency_s: real,
  sim_latency_s: sim,
  rel_error: sim / real - 1,
});

describe('simVsRealPoints', () => {
  it('pairs real and simulated latency per benchmark with a label naming setting and load', () => {
    expect(simVsRealPoints([c('constant', 4.4567, 1.12, 1.04), c('synchronous', 1.1, 0.9, 0.88)])).toEqual([
      { verifier: 'Qwen3-8B', realS: 1.12, simS: 1.04, label: 'α = 0.8, k = 3, 4.46 requests/s' },
      { verifier: 'Qwen3-8B', realS: 0.9, simS: 0.88, label: 'α = 0.8, k = 3, synchronous' },
    ]);
  });

  it('rejects non-positive latencies', () => {
    expect(() => simVsRealPoints([c('constant', 1, 1, 0)])).toThrow('simVsRealPoints requires comparisons[0] with positive real_latency_s and sim_latency_s');
    expect(() => simVsRealPoints(null as never)).toThrow('simVsRealPoints requires an array of comparisons');
  });
});
