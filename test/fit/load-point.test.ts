import { describe, expect, it } from 'vitest';
import { loadPointOf } from '../../lib/fit/load-point.js';
import { tidyRow } from './tidy-row-factory.js';

describe('loadPointOf', () => {
  it('maps strategies to open and closed loop', () => {
    expect(loadPointOf(tidyRow({ strategy: 'constant', measured_rps: 4, mean_latency_s: 1.2 }))).toEqual({ kind: 'open', rps: 4, latencyS: 1.2 });
    expect(loadPointOf(tidyRow({ strategy: 'poisson', measured_rps: 3, mean_latency_s: 1 }))).toEqual({ kind: 'open', rps: 3, latencyS: 1 });
    expect(loadPointOf(tidyRow({ strategy: 'synchronous', mean_latency_s: 2 }))).toEqual({ kind: 'closed', concurrency: 1, latencyS: 2 });
    expect(loadPointOf(tidyRow({ strategy: 'concurrent', concurrency: 8, mean_latency_s: 2 }))).toEqual({ kind: 'closed', concurrency: 8, latencyS: 2 });
    expect(loadPointOf(tidyRow({ strategy: 'concurrent', mean_concurrency: 7.5, mean_latency_s: 2 }))).toEqual({ kind: 'closed', concurrency: 7.5, latencyS: 2 });
  });

  it('explains unusable rows', () => {
    expect(loadPointOf(tidyRow({ strategy: 'throughput' }))).toMatch(/^throughput strategy/);
    expect(loadPointOf(tidyRow({ mean_latency_s: 0 }))).toBe('invalid mean_latency_s 0');
    expect(loadPointOf(tidyRow({ measured_rps: Number.NaN }))).toBe('invalid measured_rps NaN');
    expect(loadPointOf(tidyRow({ strategy: 'concurrent' }))).toBe('concurrent row without a positive concurrency');
  });
});
