import { describe, expect, it } from 'vitest';
import { dropNarrowSweeps } from '../../lib/analysis/drop-narrow-sweeps.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { realSweepRows, tidyRow } from '../fit/tidy-row-factory.js';

/**
 * A sweep shaped like the simulated data's degenerate ones: one request at a time takes 15 s
 * (0.0667 requests/s), the throughput benchmark completed 7 requests in 90 s, so the constant
 * rates all complete 6 requests in 90 s (0.0667/s): span 1.0.
 */
function narrowSweep(source: string): TidyRow[] {
  const base = { verifier: 'Llama-3.1-70B', drafter: 'EAGLE3(Llama-3.1-70B)', hardware: 'A100-80GBx4', prefill_tokens: 1024, decode_tokens: 1024, k: 4, alpha: 0.7, source };
  return [
    tidyRow({ ...base, strategy: 'synchronous', measured_rps: 6 / 90, mean_latency_s: 13.6 }),
    tidyRow({ ...base, strategy: 'throughput', measured_rps: 7 / 90, mean_latency_s: 88.6 }),
    ...[0.068, 0.069, 0.071].map((rate) => tidyRow({ ...base, strategy: 'constant', rate_rps: rate, measured_rps: 6 / 90, mean_latency_s: 13.9 })),
  ];
}

describe('dropNarrowSweeps', () => {
  it('keeps a real GuideLLM sweep (highest constant rate 11.6/s over a synchronous 0.714/s: span 16)', () => {
    const rows = realSweepRows({ source: 'real.json#0' });
    const r = dropNarrowSweeps(rows);
    expect(r.rows).toEqual(rows);
    expect(r.dropped).toEqual([]);
    expect(r.nSweeps).toBe(1);
    expect(r.text).toBe('All 1 sweeps span at least 2× their synchronous rate; none is left out.');
  });

  it('drops a sweep whose constant rates sit at the synchronous rate, keeping the other rows in order', () => {
    const real = realSweepRows({ source: 'real.json#0' });
    const narrow = narrowSweep('sim:llama:seed=1');
    const r = dropNarrowSweeps([...narrow.slice(0, 2), ...real, ...narrow.slice(2)]);
    expect(r.rows).toEqual(real);
    expect(r.nSweeps).toBe(2);
    expect(r.dropped).toHaveLength(1);
    expect(r.dropped[0].system).toBe('Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4, 1024/1024');
    expect(r.dropped[0].server).toBe('Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4');
    expect(r.dropped[0].label).toBe('Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4, 1024/1024, k 4, α 0.7');
    expect(r.dropped[0].source).toBe('sim:llama:seed=1');
    expect(r.dropped[0].rateSpan).toBeCloseTo(1, 12); // (6/90) / (6/90)
    expect(r.text).toBe(
      "1 of 2 sweeps are left out because their highest completed-request rate is below 2× the rate of one request at a time (span 1–1), " +
        "too narrow a load range to place Eq. 1's pole: Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4 (1). Their prefill/decode lengths: 1024/1024.",
    );
  });

  it('tells apart two sweeps of one configuration by their file, and honours minRateSpan', () => {
    // Same configuration, two files: one spans 3 (0.3 / 0.1), the other 1.5 (0.15 / 0.1).
    const sweep = (source: string, top: number): TidyRow[] => [
      tidyRow({ source: `${source}#0`, strategy: 'synchronous', measured_rps: 0.1, mean_latency_s: 10 }),
      tidyRow({ source: `${source}#1`, strategy: 'constant', rate_rps: top, measured_rps: top, mean_latency_s: 12 }),
    ];
    const rows = [...sweep('a.csv', 0.3), ...sweep('b.csv', 0.15)];
    const dropped = dropNarrowSweeps(rows).dropped;
    expect(dropped.map((d) => d.source)).toEqual(['b.csv']);
    expect(dropped[0].rateSpan).toBeCloseTo(1.5, 12);
    expect(dropNarrowSweeps(rows, { minRateSpan: 1.2 }).dropped).toEqual([]);
    expect(dropNarrowSweeps(rows, { minRateSpan: 4 }).rows).toEqual([]);
  });

  it('keeps, unjudged, sweeps without a synchronous or without an open-loop row', () => {
    const rows = [
      tidyRow({ source: 'a', strategy: 'constant', measured_rps: 1 }),
      tidyRow({ source: 'b', strategy: 'synchronous', measured_rps: 1 }),
      tidyRow({ source: 'b', strategy: 'throughput', measured_rps: 1.1 }),
    ];
    const r = dropNarrowSweeps(rows);
    expect(r.rows).toEqual(rows);
    expect(r.nSweeps).toBe(0);
  });

  it('rejects bad input', () => {
    expect(() => dropNarrowSweeps(null as unknown as TidyRow[])).toThrow('dropNarrowSweeps requires an array of tidy rows');
    expect(() => dropNarrowSweeps([], { minRateSpan: 1 })).toThrow('dropNarrowSweeps requires options.minRateSpan to be a finite number > 1, got 1');
  });
});
