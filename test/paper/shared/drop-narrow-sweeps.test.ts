import { describe, expect, it } from 'vitest';
import { dropNarrowSweeps } from '../../../lib/paper/shared/drop-narrow-sweeps.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { realSweepRows, tidyRow } from '../../fit/tidy-row-factory.js';

/**
 * A sweep shaped like the simulated data's degenerate ones: one request at a time takes 13.6 s
 * (6 requests in 90 s), the throughput benchmark completed 7 requests in 90 s, so the constant
 * rates all complete 6 requests in 90 s: rate span (6/90)/(6/90) = 1, latency rise 13.9/13.6.
 */
function narrowSweep(source: string): TidyRow[] {
  const base = { verifier: 'Llama-3.1-70B', drafter: 'EAGLE3(Llama-3.1-70B)', hardware: 'A100-80GBx4', prefill_tokens: 1024, decode_tokens: 1024, k: 4, alpha: 0.7, source };
  return [
    tidyRow({ ...base, strategy: 'synchronous', measured_rps: 6 / 90, mean_latency_s: 13.6 }),
    tidyRow({ ...base, strategy: 'throughput', measured_rps: 7 / 90, mean_latency_s: 88.6 }),
    ...[0.068, 0.069, 0.071].map((rate) => tidyRow({ ...base, strategy: 'constant', rate_rps: rate, measured_rps: 6 / 90, mean_latency_s: 13.9 })),
  ];
}

/** A sweep of one configuration in one file: synchronous at 0.1/s and 10 s, one constant rate. */
function sweep(source: string, topRps: number, topLatencyS: number): TidyRow[] {
  return [
    tidyRow({ source: `${source}#0`, strategy: 'synchronous', measured_rps: 0.1, mean_latency_s: 10 }),
    tidyRow({ source: `${source}#1`, strategy: 'constant', rate_rps: topRps, measured_rps: topRps, mean_latency_s: topLatencyS }),
  ];
}

describe('dropNarrowSweeps', () => {
  it('keeps a real GuideLLM sweep (rate span 11.6/0.714 = 16, latency rise 7.31/1.40 = 5.2)', () => {
    const rows = realSweepRows({ source: 'real.json#0' });
    const r = dropNarrowSweeps(rows);
    expect(r.rows).toEqual(rows);
    expect(r.dropped).toEqual([]);
    expect(r.nSweeps).toBe(1);
    expect(r.text).toBe(
      'No sweep of 1 is left out: none has a highest constant rate below 2× the rate of one request at a time ' +
        'or a mean latency that never rises 10% above that of one request at a time.',
    );
  });

  it('drops a sweep whose constant rates sit at the synchronous rate, keeping the other rows in order', () => {
    const real = realSweepRows({ source: 'real.json#0' });
    const narrow = narrowSweep('sim:llama:seed=1');
    const r = dropNarrowSweeps([...narrow.slice(0, 2), ...real, ...narrow.slice(2)]);
    expect(r.rows).toEqual(real);
    expect(r.nSweeps).toBe(2);
    expect(r.dropped).toHaveLength(1);
    const d = r.dropped[0];
    expect(d.system).toBe('Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4, 1024/1024');
    expect(d.server).toBe('Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4');
    expect(d.label).toBe('Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4, 1024/1024, k 4, α 0.7');
    expect(d.source).toBe('sim:llama:seed=1');
    expect(d.rateSpan).toBeCloseTo(1, 12);
    expect(d.latencyRise).toBeCloseTo(13.9 / 13.6, 12);
    expect(d.reason).toBe('both');
    expect(r.text).toBe(
      '1 of 2 sweeps never load the server and are left out (1 with a highest constant rate below 2× the rate of one request at a time; ' +
        '1 with a mean latency that never rises 10% above that of one request at a time): ' +
        'Llama-3.1-70B + EAGLE3(Llama-3.1-70B), A100-80GBx4 (1); prefill/decode 1024/1024.',
    );
  });

  it('applies each test on its own, tells sweeps of one configuration apart by file, and honours the thresholds', () => {
    // a: span 3, rise 1.5 (kept); b: span 1.5, rise 1.5 (rate); c: span 5, rise 1.05 (latency)
    const rows = [...sweep('a.csv', 0.3, 15), ...sweep('b.csv', 0.15, 15), ...sweep('c.csv', 0.5, 10.5)];
    const r = dropNarrowSweeps(rows);
    expect(r.dropped.map((d) => [d.source, d.reason])).toEqual([
      ['b.csv', 'rate'],
      ['c.csv', 'latency'],
    ]);
    expect(r.dropped[0].rateSpan).toBeCloseTo(1.5, 12);
    expect(r.dropped[1].latencyRise).toBeCloseTo(1.05, 12);
    expect(r.rows).toEqual(rows.slice(0, 2));
    expect(dropNarrowSweeps(rows, { minRateSpan: null }).dropped.map((d) => d.source)).toEqual(['c.csv']);
    expect(dropNarrowSweeps(rows, { minLatencyRise: null }).dropped.map((d) => d.source)).toEqual(['b.csv']);
    expect(dropNarrowSweeps(rows, { minRateSpan: 1.2, minLatencyRise: 1.01 }).dropped).toEqual([]);
    expect(dropNarrowSweeps(rows, { minRateSpan: 4 }).dropped.map((d) => d.source)).toEqual(['a.csv', 'b.csv', 'c.csv']);
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
    expect(() => dropNarrowSweeps([], { minRateSpan: 1 })).toThrow('dropNarrowSweeps requires options.minRateSpan to be a finite number > 1 or null, got 1');
    expect(() => dropNarrowSweeps([], { minLatencyRise: NaN })).toThrow('dropNarrowSweeps requires options.minLatencyRise to be a finite number > 1 or null, got NaN');
  });
});
