import { describe, expect, it } from 'vitest';
import { checkTidyRow } from '../../lib/data/check-tidy-row.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';

const good: TidyRow = {
  verifier: 'V', drafter: 'D', hardware: '', prefill_tokens: 512, decode_tokens: 128, k: 3, alpha: 0.7,
  strategy: 'poisson', rate_rps: 2, concurrency: null, measured_rps: 1.9, mean_latency_s: 1.2,
  p50_latency_s: null, p95_latency_s: 1.5, p99_latency_s: null, mean_ttft_ms: 40, mean_itl_ms: 8,
  mean_tpot_ms: null, mean_concurrency: 2.3, completed: 100, errored: 0, source: 's',
};

describe('checkTidyRow', () => {
  it('passes a valid row through', () => {
    expect(checkTidyRow({ ...good }, 'f', 'a.json', '[0]')).toEqual(good);
  });

  it.each<[Partial<TidyRow>, string]>([
    [{ mean_latency_s: NaN }, 'column mean_latency_s: not a finite number (got NaN)'],
    [{ mean_latency_s: -0.1 }, 'column mean_latency_s: negative (got -0.1)'],
    [{ p95_latency_s: Infinity }, 'column p95_latency_s: not a finite number (got Infinity)'],
    [{ completed: 0 }, 'column completed: zero successful requests (got 0)'],
    [{ errored: 1.5 }, 'column errored: not a non-negative integer (got 1.5)'],
    [{ alpha: 1.2 }, 'column alpha: not in [0, 1] (got 1.2)'],
    [{ k: 0 }, 'column k: 0 while drafter is "D" (give k)'],
    [{ drafter: '' }, 'column drafter: empty while k = 3 (give the drafter name)'],
    [{ strategy: 'burst' as never }, 'column strategy: unknown strategy "burst"'],
    [{ verifier: '' }, 'column verifier: empty'],
    [{ rate_rps: 0 }, 'column rate_rps: not positive (got 0)'],
    [{ prefill_tokens: 0 }, 'column prefill_tokens: not a positive integer (got 0)'],
    [{ measured_rps: '3' as never }, 'column measured_rps: not a finite number (got 3)'],
  ])('rejects %o', (patch, message) => {
    expect(() => checkTidyRow({ ...good, ...patch }, 'f', 'a.json', '[0]')).toThrow(`f: a.json: [0]: ${message}`);
  });
});
