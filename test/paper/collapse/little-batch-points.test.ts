import { describe, expect, it } from 'vitest';
import { littleBatchPoints } from '../../../lib/paper/collapse/little-batch-points.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

describe('littleBatchPoints', () => {
  const rows = [
    tidyRow({ verifier: 'A', measured_rps: 2, mean_latency_s: 3, mean_concurrency: 6, source: '/data/x/file.json#[2]' }),
    tidyRow({ verifier: 'A', strategy: 'throughput', measured_rps: 10, mean_latency_s: 12, mean_concurrency: 120 }),
    tidyRow({ verifier: 'B', measured_rps: 1, mean_latency_s: 1, mean_concurrency: null }),
    tidyRow({ verifier: 'B', k: 3, measured_rps: 1, mean_latency_s: 2, mean_concurrency: 2 }),
  ];

  it('keeps steady rows with rate, latency and concurrency, labelled by file name', () => {
    const pts = littleBatchPoints(rows);
    expect(pts).toEqual([
      { group: 'A', rps: 2, latencyS: 3, meanConcurrency: 6, label: 'file.json#[2]' },
      { group: 'B', rps: 1, latencyS: 2, meanConcurrency: 2, label: 'test' },
    ]);
  });

  it('can keep throughput rows and group by another column', () => {
    const pts = littleBatchPoints(rows, { includeThroughput: true, groupBy: 'k' });
    expect(pts.map((p) => p.group)).toEqual(['k = 0', 'k = 0', 'k = 3']);
    expect(() => littleBatchPoints(null as never)).toThrow('littleBatchPoints requires an array of tidy rows');
  });
});
