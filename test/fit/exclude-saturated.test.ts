import { describe, expect, it } from 'vitest';
import { loadMeasurements } from '../../lib/data/load-measurements.js';
import { excludeSaturated } from '../../lib/fit/exclude-saturated.js';
import { fixturePath } from '../data/fixtures.js';
import { realSweepRows, tidyRow } from './tidy-row-factory.js';

const reasons = (rows: ReturnType<typeof tidyRow>[], options = {}) =>
  Object.fromEntries(excludeSaturated(rows, options).excluded.map((e) => [e.index, e.reason]));

describe('excludeSaturated', () => {
  it('on a real GuideLLM sweep keeps the steady states and drops the throughput run and the rate at throughput', () => {
    // The sweep's last constant rate is placed by GuideLLM at the throughput rate (12.53 rps):
    // latency 7.3 s there vs 4.1 s one step below. Incomplete ~ concurrency everywhere else (normal).
    const rows = realSweepRows();
    const r = excludeSaturated(rows);
    expect(r.excluded.map((e) => e.index)).toEqual([1, 9]);
    expect(r.excluded[0].reason).toMatch(/^throughput strategy/);
    expect(r.excluded[1].reason).toMatch(/^target rate 12\.5 rps >= 0\.98 x measured throughput 12\.5 rps/);
    expect(r.keptIndices).toEqual([0, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.kept).toHaveLength(8);
  });

  it('without rate inference, the real sweep keeps its last constant point (no other rule fires)', () => {
    const r = excludeSaturated(realSweepRows(), { inferSweepRates: false });
    expect(r.excluded.map((e) => e.index)).toEqual([1]);
  });

  it('infers GuideLLM sweep targets: evenly spaced from the synchronous rate up to the throughput rate', () => {
    // sync 1 rps, throughput 9 rps, 4 constant rates -> targets 3, 5, 7, 9.
    const rows = [
      tidyRow({ strategy: 'synchronous', measured_rps: 1, mean_latency_s: 1, benchmark_index: 0 }),
      tidyRow({ strategy: 'throughput', measured_rps: 9, mean_latency_s: 10, benchmark_index: 1 }),
      tidyRow({ measured_rps: 3, mean_latency_s: 1.2, benchmark_index: 2 }),
      tidyRow({ measured_rps: 5, mean_latency_s: 1.5, benchmark_index: 3 }),
      tidyRow({ measured_rps: 6, mean_latency_s: 2.5, benchmark_index: 4 }), // 6 < 0.9 x 7
      tidyRow({ measured_rps: 6.5, mean_latency_s: 2.6, benchmark_index: 5 }),
    ];
    const why = reasons(rows);
    expect(Object.keys(why).map(Number)).toEqual([1, 4, 5]);
    expect(why[4]).toBe('measured rate 6 rps < 0.9 x target 7 rps (server cannot keep up)');
    expect(why[5]).toMatch(/^above a saturated load level \(6 rps/);
  });

  it('infers nothing from a partial sweep whose rates do not follow the pattern', () => {
    // A trimmed sweep: sync, throughput and only the two lowest constant rates of ten.
    const rows = realSweepRows().filter((_, i) => i < 4);
    expect(excludeSaturated(rows).excluded.map((e) => e.index)).toEqual([1]);
  });

  it('uses explicit rate_rps for the rate-shortfall rule', () => {
    const rows = [2, 4, 8].map((rate, i) =>
      tidyRow({ rate_rps: rate, measured_rps: i === 2 ? 6 : rate, mean_latency_s: 1 + i, source: `s${i}` }),
    );
    expect(reasons(rows)).toEqual({ 2: 'measured rate 6 rps < 0.9 x target 8 rps (server cannot keep up)' });
    expect(reasons(rows, { minRateRatio: null })).toEqual({});
  });

  it('treats mean concurrency at the cap as saturation, from the row column or the option', () => {
    const rows = [
      tidyRow({ measured_rps: 5, mean_latency_s: 1, mean_concurrency: 5, max_concurrency: 128 }),
      tidyRow({ measured_rps: 10, mean_latency_s: 1.5, mean_concurrency: 100, max_concurrency: 128 }),
      tidyRow({ measured_rps: 12, mean_latency_s: 1.7, mean_concurrency: 116, max_concurrency: 128 }),
    ];
    expect(reasons(rows)).toEqual({ 2: 'mean concurrency 116 >= 0.9 x max concurrency 128 (arrivals throttled by the cap)' });
    expect(reasons(rows, { maxConcurrency: null })).toEqual({});
    expect(Object.keys(reasons(rows, { maxConcurrency: 100 }))).toEqual(['1', '2']);
  });

  it('flags a growing backlog but not the normal incomplete ~ concurrency at the window end', () => {
    const rows = [
      tidyRow({ measured_rps: 5, mean_latency_s: 1, mean_concurrency: 40, incomplete: 47 }), // 47 < 1.5*40 + 3*sqrt(40) + 1 = 80
      tidyRow({ measured_rps: 6, mean_latency_s: 1.1, mean_concurrency: 40, incomplete: 81 }),
    ];
    expect(reasons(rows)).toEqual({ 1: expect.stringMatching(/^growing backlog: 81 requests/) });
    expect(reasons(rows, { backlogRatio: null })).toEqual({});
  });

  it('excludes a latency jump on a throughput plateau, and everything above it', () => {
    const rows = [
      tidyRow({ strategy: 'synchronous', measured_rps: 1, mean_latency_s: 1 }),
      tidyRow({ measured_rps: 5, mean_latency_s: 1.3 }),
      tidyRow({ measured_rps: 10, mean_latency_s: 2 }), // x1.54 but rate doubled: Eq. 1 growth, kept
      tidyRow({ measured_rps: 10.3, mean_latency_s: 3.2 }), // x1.6 with +3%: jump
      tidyRow({ measured_rps: 12, mean_latency_s: 3.3 }),
    ];
    const why = reasons(rows);
    expect(Object.keys(why).map(Number)).toEqual([3, 4]);
    expect(why[3]).toBe('latency jump x1.6 (2 -> 3.2 s) while the rate grew 3% (< 5%)');
    expect(why[4]).toMatch(/^above a saturated load level/);
    expect(Object.keys(reasons(rows, { cascade: false })).map(Number)).toEqual([3]);
    expect(reasons(rows, { jumpFactor: null })).toEqual({});
  });

  it('ignores an isolated error but excludes a row with many', () => {
    const rows = [
      tidyRow({ measured_rps: 1, mean_latency_s: 4, completed: 19, errored: 1 }), // 5%, but a single error
      tidyRow({ measured_rps: 2, mean_latency_s: 4.2, completed: 90, errored: 10 }),
      tidyRow({ measured_rps: 3, mean_latency_s: 4.5, completed: 990, errored: 10 }), // 1%
    ];
    expect(reasons(rows)).toEqual({ 1: 'errored share 10% > 2% (10 of 100 requests)' });
  });

  it('leaves closed-loop rows without TTFT or prompt counts to the validity and error rules', () => {
    const rows = [
      tidyRow({ strategy: 'concurrent', concurrency: 128, measured_rps: 10, mean_latency_s: 12, mean_concurrency: 128, max_concurrency: 128, incomplete: 128 }),
      tidyRow({ strategy: 'concurrent', concurrency: null, mean_concurrency: null, mean_latency_s: 1 }),
      tidyRow({ strategy: 'constant', measured_rps: 0, mean_latency_s: 1 }),
      tidyRow({ strategy: 'constant', measured_rps: 2, mean_latency_s: Number.NaN }),
    ];
    expect(reasons(rows)).toEqual({
      1: 'concurrent row without a positive concurrency',
      2: 'invalid measured_rps 0',
      3: 'invalid mean_latency_s NaN',
    });
  });

  it('applies the rules per configuration: a saturated sweep does not cascade into another', () => {
    const a = [5, 10, 10.2].map((r, i) => tidyRow({ verifier: 'A', measured_rps: r, mean_latency_s: [1, 1.5, 3][i] }));
    const b = [5, 10, 11].map((r, i) => tidyRow({ verifier: 'B', measured_rps: r, mean_latency_s: [1, 1.2, 1.3][i] }));
    const r = excludeSaturated([...a, ...b]);
    expect(r.excluded.map((e) => e.index)).toEqual([2]);
    expect(r.keptIndices).toEqual([0, 1, 3, 4, 5]);
  });

  it('splits rows without alpha by file: sweeps of different acceptance do not interfere', () => {
    // Two sweeps of k = 2 with unknown alpha; merged by rate they would look like latency jumps.
    const fast = [2, 4, 6].map((r, i) => tidyRow({ k: 2, measured_rps: r, mean_latency_s: 1 + 0.1 * i, source: `fast.json#[${i}]` }));
    const slow = [2.05, 4.1, 6.1].map((r, i) => tidyRow({ k: 2, measured_rps: r, mean_latency_s: 2 + 0.2 * i, source: `slow.json#[${i}]` }));
    expect(excludeSaturated([...fast, ...slow]).excluded).toEqual([]);
    // Grouping by the configuration columns alone mixes them: 1.0 s -> 2.0 s at +2.5% rate is a "jump".
    const mixed = excludeSaturated([...fast, ...slow], { groupBy: ['k', 'alpha'] });
    expect(mixed.excluded.find((e) => e.index === 3)!.reason).toMatch(/^latency jump x2/);
  });

  it('rejects bad options', () => {
    expect(() => excludeSaturated([], { capFraction: -1 })).toThrow('excludeSaturated requires options.capFraction to be a number >= 0');
    expect(() => excludeSaturated([], { maxConcurrency: 0 })).toThrow('excludeSaturated requires options.maxConcurrency');
    expect(() => excludeSaturated('x' as never)).toThrow('excludeSaturated requires an array of rows');
  });
});

describe('excludeSaturated on real vLLM sweeps (issue 8)', () => {
  it('a Poisson sweep of 200 prompts per rate keeps every rate where the server kept up', async () => {
    // surajssd Llama-3.3-70B (8xA100): measured / target is 0.97, 0.79, 0.40 at 1, 4, 16 rps (the
    // drain of 200 prompts), while the TTFT stays at 50-65 ms: no queue. Only the rate-inf burst goes.
    const rows = await loadMeasurements(fixturePath('vllm/sweep-llama33-70b'));
    const r = excludeSaturated(rows);
    expect(r.keptIndices).toEqual([0, 1, 2]);
    expect(r.excluded.map((e) => e.reason)).toEqual(['throughput strategy (request rate inf: all 200 prompts sent at once, a burst, not a steady state)']);
    // The old rule, measured rate >= 0.9 x target, would have dropped 4 and 16 rps.
    const old = excludeSaturated(rows.map((row) => ({ ...row, num_prompts: undefined })));
    expect(old.keptIndices).toEqual([0]);
  });

  it('a Poisson sweep with a queue: TTFT grows 187x at 35 rps; vLLM and SGLang judged apart', async () => {
    const rows = await loadMeasurements(fixturePath('vllm/append-result-two-frameworks.jsonl.json'));
    const r = excludeSaturated(rows);
    const why = Object.fromEntries(r.excluded.map((e) => [e.index, e.reason]));
    expect(Object.keys(why).map(Number)).toEqual([4, 5, 10, 11]);
    expect(why[4]).toMatch(/^queue building: mean TTFT 8400 ms is 187x the low-load 45 ms/);
    expect(why[10]).toMatch(/^queue building: mean TTFT 9700 ms is 149x the low-load 64.9 ms/);
    expect(why[5]).toMatch(/^throughput strategy/);
    // The 30 rps runs (TTFT x8.3 and x11.8, latency x10.4 and x17.1) are slow but not queued: kept.
    expect(r.keptIndices).toEqual([0, 1, 2, 3, 6, 7, 8, 9]);
  });

  it('one result file per rate, in one folder per rate, is one sweep: the cascade spans the files', () => {
    const rows = [1, 2, 3].map((rate, i) =>
      tidyRow({ strategy: 'poisson', rate_rps: rate, measured_rps: rate, mean_latency_s: [1, 3, 3.2][i], mean_ttft_ms: [50, 1500, 60][i], source: `runs/qps${rate}/result.json` }),
    );
    const why = reasons(rows);
    expect(why[1]).toMatch(/^queue building/);
    expect(why[2]).toMatch(/^above a saturated load level \(2 rps at runs\/qps2\/result\.json\)/);
  });

  it('a rate-limited run throttled by its --max-concurrency cap (Little: rate x latency at the cap)', () => {
    const rows = [
      tidyRow({ strategy: 'poisson', rate_rps: 2, measured_rps: 2, mean_latency_s: 4, max_concurrency: 64 }), // 8 in flight
      tidyRow({ strategy: 'poisson', rate_rps: 20, measured_rps: 12, mean_latency_s: 5, max_concurrency: 64 }), // 60 in flight
    ];
    expect(reasons(rows)).toEqual({ 1: 'mean in flight 60 (measured rate x mean latency) >= 0.9 x max concurrency 64 (arrivals throttled by the cap)' });
  });
});
