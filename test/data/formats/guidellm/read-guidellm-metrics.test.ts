import { describe, expect, it } from 'vitest';
import { FieldReader } from '../../../../lib/data/field-reader.js';
import { readGuidellmMetrics } from '../../../../lib/data/formats/guidellm/read-guidellm-metrics.js';
import { fixtureJson } from '../../fixtures.js';

describe('readGuidellmMetrics', () => {
  it('reads successful means; p50 from percentiles when present, else the median', () => {
    const doc = fixtureJson('guidellm/v08-constant-2rates.json');
    const r = new FieldReader('f', 'v08.json');
    const m = readGuidellmMetrics(r, doc, ['benchmarks', 0, 'metrics']);
    expect(m.measured_rps).toBeCloseTo(0.39843430656414264, 14);
    expect(m.p50_latency_s).toBeCloseTo(0.019269227981567383, 14); // percentiles.p50
    expect(m.mean_output_tokens_per_iteration).toBe(1);
    delete doc.benchmarks[0].metrics.request_latency.successful.percentiles.p50;
    doc.benchmarks[0].metrics.request_latency.successful.median = 0.5;
    expect(readGuidellmMetrics(r, doc, ['benchmarks', 0, 'metrics']).p50_latency_s).toBe(0.5);
    delete doc.benchmarks[0].metrics.output_tokens_per_iteration;
    expect(readGuidellmMetrics(r, doc, ['benchmarks', 0, 'metrics']).mean_output_tokens_per_iteration).toBeNull();
  });
});
