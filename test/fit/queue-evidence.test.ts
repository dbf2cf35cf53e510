import { describe, expect, it } from 'vitest';
import { checkExclusionOptions } from '../../lib/fit/exclusion-options.js';
import { concurrencyReason, drainReason, inFlight, queueReason, ttftReference } from '../../lib/fit/queue-evidence.js';
import { tidyRow } from './tidy-row-factory.js';

const o = checkExclusionOptions({});

describe('inFlight and ttftReference', () => {
  it('requests in flight: concurrency, measured mean, or Little (rate x latency)', () => {
    expect(inFlight(tidyRow({ strategy: 'synchronous' }))).toBe(1);
    expect(inFlight(tidyRow({ strategy: 'concurrent', concurrency: 8 }))).toBe(8);
    expect(inFlight(tidyRow({ mean_concurrency: 3.5 }))).toBe(3.5);
    expect(inFlight(tidyRow({ measured_rps: 4, mean_latency_s: 2 }))).toBe(8);
  });

  it('the reference is the lowest-load run with a TTFT', () => {
    const rows = [
      tidyRow({ measured_rps: 9.6, mean_latency_s: 1.23, mean_ttft_ms: 56.9, source: 'b' }),
      tidyRow({ measured_rps: 1.2, mean_latency_s: 0.89, mean_ttft_ms: 45, source: 'a' }),
      tidyRow({ strategy: 'throughput', measured_rps: 0.1, mean_latency_s: 28, mean_ttft_ms: 18107 }),
      tidyRow({ measured_rps: 0.5, mean_latency_s: 0.8, mean_ttft_ms: null }),
    ];
    expect(ttftReference(rows)).toEqual({ ttftMs: 45, latencyS: 0.89, source: 'a' });
    expect(ttftReference([tidyRow()])).toBeNull();
  });
});

describe('queueReason', () => {
  // nerdalert vLLM sweep (Llama-3.1-8B, H100): rate 1 -> TTFT 45.04 ms, latency 0.8929 s.
  const ref = { ttftMs: 45.04, latencyS: 0.8929, source: '' };

  it('flags rate 35: TTFT 187x while the latency grew 23x (a waiting queue)', () => {
    const why = queueReason(tidyRow({ mean_ttft_ms: 8402.26, mean_latency_s: 20.45 }), ref, o);
    expect(why).toMatch(/^queue building: mean TTFT 8400 ms is 187x the low-load 45 ms while the latency grew 22.9x/);
  });

  it('keeps rate 30: TTFT 8.3x but the latency grew more (every step slower, no queue)', () => {
    expect(queueReason(tidyRow({ mean_ttft_ms: 373.01, mean_latency_s: 9.284 }), ref, o)).toBeNull();
  });

  it('needs both the growth factor and the wait share; switched off by ttftGrowth null', () => {
    // TTFT 250 ms: x5.55, wait 0.25 - 0.04504 x 0.9 / 0.8929 = 0.2046 s = 22.7% of 0.9 s: flagged.
    expect(queueReason(tidyRow({ mean_ttft_ms: 250, mean_latency_s: 0.9 }), ref, o)).toMatch(/waited about 0.205 s before their first token, 23% of their latency > 10%/);
    // TTFT 130 ms: x2.89 (below 3), wait 0.0846 s = 9.4% (below 10%): both thresholds must pass.
    expect(queueReason(tidyRow({ mean_ttft_ms: 130, mean_latency_s: 0.9 }), ref, o)).toBeNull();
    expect(queueReason(tidyRow({ mean_ttft_ms: 130, mean_latency_s: 0.9 }), ref, checkExclusionOptions({ ttftGrowth: 2 }))).toBeNull();
    expect(queueReason(tidyRow({ mean_ttft_ms: 130, mean_latency_s: 0.9 }), ref, checkExclusionOptions({ ttftGrowth: 2, queueShare: 0.05 }))).toMatch(/^queue building/);
    // TTFT x10 but a wait of 0.05 s in a 9 s latency (0.6%): not a queue.
    expect(queueReason(tidyRow({ mean_ttft_ms: 450, mean_latency_s: 9 }), ref, o)).toBeNull();
    expect(queueReason(tidyRow({ mean_ttft_ms: 8402.26, mean_latency_s: 20.45 }), ref, checkExclusionOptions({ ttftGrowth: null }))).toBeNull();
  });
});

describe('drainReason', () => {
  // surajssd Llama-3.3-70B, 200 prompts: rate 16 lasted 31.58 s, window 12.5 s, latency 6.71 s.
  const rate16 = tidyRow({ num_prompts: 200, duration_s: 31.58, mean_latency_s: 6.712, burstiness: 1 });

  it('keeps a run whose duration is the window plus a drain (rate 16: 15.2 s + 3 x 6.71 s > 31.6 s)', () => {
    expect(drainReason(rate16, 16, o)).toBeNull();
  });

  it('flags a run that lasted well beyond window and drain; the longest request widens the drain', () => {
    const why = drainReason(rate16, 16, checkExclusionOptions({ drainLatencies: 1 }));
    expect(why).toMatch(/^backlog: the run took 31.6 s, more than its arrival window 12.5 s \(200 prompts at 16 rps; 15.2 s allowing 3 spreads\) plus a drain of 6.71 s/);
    expect(drainReason({ ...rate16, max_latency_s: 23.37 }, 16, checkExclusionOptions({ drainLatencies: 1 }))).toBeNull();
  });

  it('is not for time-window runs (no num_prompts or duration)', () => {
    expect(drainReason(tidyRow({ mean_latency_s: 1 }), 4, o)).toBeUndefined();
    expect(drainReason(rate16, 16, checkExclusionOptions({ drainLatencies: null }))).toBeNull();
  });
});

describe('concurrencyReason', () => {
  it('a concurrency never reached: too few prompts, or a lower peak in flight', () => {
    expect(concurrencyReason(tidyRow({ strategy: 'concurrent', concurrency: 256, num_prompts: 100 }), o)).toBe('concurrency 256 never reached: only 100 prompts were sent');
    expect(concurrencyReason(tidyRow({ strategy: 'concurrent', concurrency: 8, max_concurrent_requests: 5 }), o)).toMatch(/^concurrency 8 never reached: at most 5 requests/);
    // vLLM 0.25.1 SD fixture: max_concurrency 2, peak 4 (counted per second: an upper bound).
    expect(concurrencyReason(tidyRow({ strategy: 'concurrent', concurrency: 2, num_prompts: 8, max_concurrent_requests: 4 }), o)).toBeNull();
    expect(concurrencyReason(tidyRow({ strategy: 'concurrent', concurrency: 256, num_prompts: 100 }), checkExclusionOptions({ concurrencyReached: false }))).toBeNull();
  });
});
