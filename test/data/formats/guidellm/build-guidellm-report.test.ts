import { describe, expect, it } from 'vitest';
import type { BenchmarkRun, RunBenchmark } from '../../../../lib/data/benchmark-run.js';
import { buildGuidellmReport } from '../../../../lib/data/formats/guidellm/build-guidellm-report.js';
import { parseGuidellmReport } from '../../../../lib/data/formats/guidellm/parse-guidellm-report.js';
import { handLog } from './hand-log.js';

// The hand-made log: measured successful requests 0 (start 0, first token 0.5, end 1.5, 11
// tokens in 4 chunks) and 1 (start 1, first token 1.2, end 2.2, 5 tokens in 5 chunks), request 2
// incomplete, request 3 errored, request 4 successful but outside the window. Every expected
// value below is worked out by hand from these numbers with GuideLLM 0.5's definitions.
const bench = (over: Partial<RunBenchmark> = {}): RunBenchmark => ({
  strategy: { type: 'synchronous' },
  durationS: 10,
  maxConcurrency: 1,
  warmupFrac: 0,
  cooldownFrac: 0,
  windowStartS: 0,
  windowEndS: 10,
  requests: handLog(),
  ...over,
});

const run = (over: Partial<BenchmarkRun> = {}): BenchmarkRun => ({
  server: { target: 'http://localhost:8000', model: 'org/model-8b' },
  generator: { platform: 'hand', module: 'tests', idPrefix: 'test' },
  promptTokens: 10,
  outputTokens: 11,
  errorMessage: 'too long',
  profile: { type: 'single' },
  seed: 255,
  benchmarks: [bench()],
  ...over,
});

describe('buildGuidellmReport', () => {
  it('writes the measured requests of each status with GuideLLM 0.5 definitions', () => {
    const report = buildGuidellmReport(run());
    expect(report.metadata).toEqual({ version: 1, guidellm_version: '0.5.2', python_version: null, platform: 'hand' });
    expect(report.args).toMatchObject({ target: 'http://localhost:8000', model: 'org/model-8b', data: ['prompt_tokens=10,output_tokens=11'], profile: 'synchronous', rate: null, random_seed: 255 });
    const [b] = report.benchmarks;
    const m = b.metrics;
    expect(m.request_totals).toEqual({ successful: 2, errored: 1, incomplete: 1, total: 4 });
    expect(m.request_latency.successful.mean).toBeCloseTo((1.5 + 1.2) / 2, 12);
    expect(m.time_to_first_token_ms.successful.mean).toBeCloseTo((500 + 200) / 2, 9);
    expect(m.inter_token_latency_ms.successful.mean).toBeCloseTo(2000 / 14, 9); // (1000 ms / 10) x 10 + (1000 ms / 4) x 4
    expect(m.time_per_output_token_ms.successful.mean).toBeCloseTo(2700 / 16, 9); // (1500 + 1200) ms / 16 tokens
    expect(m.requests_per_second.successful.mean).toBeCloseTo(2 / 10, 12);
    expect(m.request_concurrency.successful.mean).toBeCloseTo(2.7 / 2.2, 12); // time in flight / (last end - first start)
    expect(m.output_tokens_per_iteration.successful.mean).toBeCloseTo(16 / 9, 12);
    expect(m.request_latency.incomplete.mean).toBe(8); // started at 2, cut at the end (10)
    expect(b.scheduler_metrics.request_time_avg).toBeCloseTo(1.35, 12);
    expect(b.config.id_).toBe('test-000000ff-0000-bench');
    expect(b.config.environment.module).toBe('tests');
    const [err] = b.requests.errored;
    expect(err.request_id).toBe('test-000000ff-0000-00000003');
    expect([err.info.status, err.info.error, err.response_id]).toEqual(['errored', 'too long', null]);
    expect(b.requests.incomplete[0].request_end_time).toBe(10);
    expect(b.requests.successful.map((r: { request_latency: number }) => r.request_latency)).toEqual([1.5, 1.2000000000000002]);
  });

  it('writes a sweep profile with the measured rates, back-to-back benchmarks and the extra blocks last', () => {
    const sweep = run({
      profile: { type: 'sweep', sweepSize: 2, synchronousRate: 0.2, throughputRate: 1, asyncRates: [] },
      benchmarks: [bench(), bench({ strategy: { type: 'constant', rate: 2 }, maxConcurrency: 8, windowEndS: 2 })],
    });
    const report = buildGuidellmReport(sweep, { startEpochS: 100, sampleRequests: 1, extra: { mine: { x: 1 } } });
    expect(Object.keys(report)).toEqual(['metadata', 'args', 'benchmarks', 'mine']);
    expect(report.args.rate).toEqual([2]);
    const [b0, b1] = report.benchmarks;
    // completions inside the window / window: 2 / 10; then only request 0 ends before 2 s: 1 / 2
    expect(b0.config.profile.measured_rates).toEqual([0.2, 0.5]);
    expect(b1.config.strategy).toMatchObject({ type_: 'constant', rate: 2, max_concurrency: 8 });
    expect(b1.scheduler_metrics.start_time).toBe(110);
    expect(b1.requests.successful).toHaveLength(1);
  });

  it('is read back by the GuideLLM parser: strategies, rates and means', () => {
    const sweep = run({
      profile: { type: 'constant', rates: [2, 4] },
      benchmarks: [bench({ strategy: { type: 'constant', rate: 2 } }), bench({ strategy: { type: 'poisson', rate: 4 } })],
    });
    const rows = parseGuidellmReport(JSON.stringify(buildGuidellmReport(sweep)), { fileName: 'b.json' });
    expect(rows.map((r) => [r.strategy, r.rate_rps])).toEqual([['constant', 2], ['poisson', 4]]);
    for (const r of rows) {
      expect(r.verifier).toBe('org/model-8b');
      expect([r.prefill_tokens, r.decode_tokens]).toEqual([10, 11]);
      expect([r.completed, r.errored, r.incomplete]).toEqual([2, 1, 1]);
      expect(r.measured_rps).toBeCloseTo(0.2, 12);
      expect(r.mean_latency_s).toBeCloseTo(1.35, 12);
      expect(r.mean_ttft_ms).toBeCloseTo(350, 9);
      expect(r.mean_itl_ms).toBeCloseTo(2000 / 14, 9);
      expect(r.mean_tpot_ms).toBeCloseTo(2700 / 16, 9);
    }
  });

  it('rejects a bad run or option', () => {
    expect(() => buildGuidellmReport(null as unknown as BenchmarkRun)).toThrow('buildGuidellmReport requires a benchmark run');
    expect(() => buildGuidellmReport(run({ benchmarks: [] }))).toThrow('buildGuidellmReport requires at least one benchmark');
    expect(() => buildGuidellmReport(run(), { sampleRequests: 1.5 })).toThrow('buildGuidellmReport requires sampleRequests to be null or an integer >= 0, got 1.5');
    expect(() => buildGuidellmReport(run(), { startEpochS: Infinity })).toThrow('buildGuidellmReport requires a finite startEpochS');
    expect(() => buildGuidellmReport(run(), { extra: { args: {} } })).toThrow('buildGuidellmReport requires extra blocks other than metadata, args and benchmarks, got args');
    const odd = run({ benchmarks: [bench({ strategy: { type: 'burst' as 'constant' } })] });
    expect(() => buildGuidellmReport(odd)).toThrow('buildGuidellmReport requires a known strategy, got burst');
  });
});
