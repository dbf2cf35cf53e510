import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSimGuidellmReport } from '../../lib/sim/build-sim-guidellm-report.js';
import { buildSimTidyRows } from '../../lib/sim/build-sim-tidy-rows.js';
import { simulateSweep } from '../../lib/sim/simulate-sweep.js';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { parseMeasurements } from '../../lib/data/parse-measurements.js';
import { TIDY_COLUMNS } from '../../lib/data/tidy-schema.js';
import { fakeSystem } from './fake-system.js';

const W = { prefillTokens: 256, decodeTokens: 64, k: 3, alpha: 0.75 };
const sweep = simulateSweep(fakeSystem({ engine: { noiseRel: 0.03 } }), W, { sweepSize: 5, durationS: 8, seed: 11 });

// Keys of a GuideLLM 0.5 report (metadata.version 1), as in formats.md and real 0.5.0 reports.
const BENCHMARK_KEYS = ['type_', 'config', 'scheduler_state', 'scheduler_metrics', 'metrics', 'requests', 'start_time', 'end_time', 'duration', 'warmup_duration', 'cooldown_duration'];
const METRIC_KEYS = [
  'request_totals', 'requests_per_second', 'request_concurrency', 'request_latency', 'request_streaming_iterations_count',
  'prompt_token_count', 'output_token_count', 'total_token_count', 'time_to_first_token_ms', 'time_per_output_token_ms',
  'inter_token_latency_ms', 'prompt_tokens_per_second', 'output_tokens_per_second', 'tokens_per_second',
  'output_tokens_per_iteration', 'iter_tokens_per_iteration', 'text', 'image', 'video', 'audio',
];
const SUMMARY_KEYS = ['mean', 'median', 'mode', 'variance', 'std_dev', 'min', 'max', 'count', 'total_sum', 'percentiles', 'pdf'];
const PERCENTILE_KEYS = ['p001', 'p01', 'p05', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'p99', 'p999'];
const RECORD_KEYS = [
  'type_', 'request_id', 'response_id', 'request_args', 'output', 'info', 'input_metrics', 'output_metrics',
  'request_start_time', 'request_end_time', 'request_latency', 'prompt_tokens', 'output_tokens', 'total_tokens',
  'time_to_first_token_ms', 'time_per_output_token_ms', 'inter_token_latency_ms', 'tokens_per_second',
  'output_tokens_per_second', 'iter_tokens_per_iteration', 'output_tokens_per_iteration',
];

describe('buildSimGuidellmReport', () => {
  const report = buildSimGuidellmReport(sweep);

  it('has the GuideLLM 0.5 layout: metadata v1, args, benchmarks with strategy, profile, metrics and request samples', () => {
    expect(report.metadata.version).toBe(1);
    expect(report.args.profile).toBe('sweep');
    expect(report.benchmarks.map((b) => b.config.strategy.type_)).toEqual(['synchronous', 'throughput', 'constant', 'constant', 'constant']);
    for (const b of report.benchmarks) {
      expect(Object.keys(b)).toEqual(BENCHMARK_KEYS);
      expect(Object.keys(b.metrics)).toEqual(METRIC_KEYS);
      for (const key of METRIC_KEYS.slice(1, 16)) {
        expect(Object.keys(b.metrics[key])).toEqual(['successful', 'errored', 'incomplete', 'total']);
        expect(Object.keys(b.metrics[key].successful)).toEqual(SUMMARY_KEYS);
        expect(Object.keys(b.metrics[key].total.percentiles)).toEqual(PERCENTILE_KEYS);
      }
      expect(Object.keys(b.requests)).toEqual(['successful', 'errored', 'incomplete', 'total']);
      for (const r of b.requests.successful) {
        expect(Object.keys(r)).toEqual(RECORD_KEYS);
        expect(r.info.timings.request_start).toBe(r.request_start_time);
        expect(r.info.timings.first_token_iteration - r.request_start_time).toBeCloseTo(r.time_to_first_token_ms / 1000, 9);
      }
      expect(b.config.profile.type_).toBe('sweep');
    }
    expect(report.benchmarks[0].config.profile.measured_rates).toEqual(sweep.benchmarks.map((b) => b.stats.measuredRps));
    expect(report.benchmarks[1].config.strategy.max_concurrency).toBe(128);
    expect(report.benchmarks[3].config.strategy.rate).toBe(sweep.benchmarks[3].strategy.rate);
  });

  it('carries the simulated statistics (means, percentiles, totals) and samples 10 requests per status', () => {
    sweep.benchmarks.forEach((sb, i) => {
      const m = report.benchmarks[i].metrics;
      expect(m.request_totals).toEqual({ successful: sb.stats.successful, errored: 0, incomplete: sb.stats.incomplete, total: sb.stats.successful + sb.stats.incomplete });
      expect(m.requests_per_second.successful.mean).toBe(sb.stats.measuredRps);
      expect(m.request_latency.successful.mean).toBe(sb.stats.meanLatencyS);
      expect(m.request_latency.successful.percentiles.p95).toBe(sb.stats.p95LatencyS);
      expect(m.time_to_first_token_ms.successful.mean).toBe(sb.stats.meanTtftMs);
      expect(m.inter_token_latency_ms.successful.mean).toBe(sb.stats.meanItlMs);
      expect(m.time_per_output_token_ms.successful.mean).toBe(sb.stats.meanTpotMs);
      expect(m.request_concurrency.successful.mean).toBe(sb.stats.meanConcurrency);
      expect(m.output_tokens_per_iteration.successful.mean).toBeCloseTo(sb.stats.meanOutputTokensPerIteration, 12);
      expect(m.output_token_count.successful.mean).toBe(64);
      expect(report.benchmarks[i].requests.successful).toHaveLength(Math.min(10, sb.stats.successful));
    });
    const all = buildSimGuidellmReport(sweep.benchmarks[0], { sampleRequests: null, startEpochS: 1000 });
    expect(all.benchmarks[0].requests.successful).toHaveLength(sweep.benchmarks[0].stats.successful);
    expect(all.benchmarks[0].requests.successful[0].request_start_time).toBe(1000);
    expect(all.args.profile).toBe('synchronous');
  });

  it('round-trips through the project GuideLLM loader: same numbers as the tidy rows', () => {
    const text = JSON.stringify(report);
    const parsed = parseMeasurements(text, { fileName: 'sim.json', drafter: 'FakeDraft', hardware: 'FakeGPU', k: 3, alpha: 0.75 });
    const rows = buildSimTidyRows(sweep);
    expect(parsed).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      for (const col of TIDY_COLUMNS) if (col !== 'source') expect([col, parsed[i][col]]).toEqual([col, row[col]]);
      expect(parsed[i].incomplete).toBe(row.incomplete);
      expect(parsed[i].mean_output_tokens_per_iteration).toBeCloseTo(row.mean_output_tokens_per_iteration as number, 12);
    });
  });

  it('reports errored requests with their own distributions', () => {
    const bad = simulateBenchmark(fakeSystem({ engine: { maxModelLen: 200 } }), W, { type: 'synchronous' }, { durationS: 0.05 });
    const rep = buildSimGuidellmReport(bad);
    const b = rep.benchmarks[0];
    expect(b.metrics.request_totals.errored).toBe(bad.stats.errored);
    expect(b.metrics.request_latency.errored.mean).toBeCloseTo(0.001, 9);
    expect(b.requests.errored[0].info.status).toBe('errored');
  });

  it('rejects bad options', () => {
    expect(() => buildSimGuidellmReport(sweep, { sampleRequests: -1 })).toThrow(/sampleRequests/);
    expect(() => buildSimGuidellmReport(sweep, { startEpochS: NaN })).toThrow(/startEpochS/);
  });

  // Compare the layout with a real GuideLLM 0.5.0 report when the shared samples are present.
  const real = path.resolve(__dirname, '../../../shared/real-format-samples/guidellm/dkorat-qwen3-4b-xpu-concurrent4-v050dev.json');
  it.skipIf(!fs.existsSync(real))('uses the keys of a real GuideLLM 0.5 report', () => {
    const doc = JSON.parse(fs.readFileSync(real, 'utf8'));
    const rb = doc.benchmarks[0];
    const sb = report.benchmarks[0];
    expect(Object.keys(sb)).toEqual(Object.keys(rb));
    expect(Object.keys(sb.metrics)).toEqual(Object.keys(rb.metrics));
    expect(Object.keys(sb.metrics.request_latency.successful)).toEqual(Object.keys(rb.metrics.request_latency.successful));
    expect(Object.keys(sb.requests.successful[0])).toEqual(Object.keys(rb.requests.successful[0]));
    expect(Object.keys(sb.requests.successful[0].info)).toEqual(Object.keys(rb.requests.successful[0].info));
    expect(Object.keys(sb.requests.successful[0].info.timings)).toEqual(Object.keys(rb.requests.successful[0].info.timings));
    expect(Object.keys(sb.metrics.text.tokens)).toEqual(Object.keys(rb.metrics.text.tokens));
    expect(Object.keys(sb.metrics.image)).toEqual(Object.keys(rb.metrics.image));
    for (const key of Object.keys(rb.scheduler_metrics).filter((k) => k.endsWith('_time'))) expect(sb.scheduler_metrics).toHaveProperty(key);
  });
});
