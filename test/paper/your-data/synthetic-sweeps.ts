// Test helpers (not a test file): sweeps of a user's configurations from known coefficients.
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

/** Open-loop rows L = C1 / (1 - r C2) at the given rates (noise-free). */
export function openSweep(c1: number, c2: number, rates: number[], config: Partial<TidyRow>): TidyRow[] {
  return rates.map((r, i) => tidyRow({ strategy: 'constant', rate_rps: r, measured_rps: r, mean_latency_s: c1 / (1 - r * c2), source: `open-${config.k}#${i}`, ...config }));
}

/** Closed-loop rows L = C1 + C2 c at the given concurrencies (noise-free). */
export function closedSweep(c1: number, c2: number, cs: number[], config: Partial<TidyRow>): TidyRow[] {
  return cs.map((c, i) => tidyRow({ strategy: 'concurrent', concurrency: c, measured_rps: c / (c1 + c2 * c), mean_latency_s: c1 + c2 * c, source: `closed-${config.k}#${i}`, ...config }));
}
