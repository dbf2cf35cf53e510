import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GridJob } from '../../lib/sim/grid-job.js';
import { runGrid } from '../../lib/sim/run-grid.js';
import { simulateSweep } from '../../lib/sim/simulate-sweep.js';
import { deriveSeed } from '../../lib/sim/derive-seed.js';
import { buildSimTidyRows } from '../../lib/sim/build-sim-tidy-rows.js';
import { fakeSystem } from './fake-system.js';

const factory = { modulePath: path.resolve(__dirname, 'fake-system.ts'), exportName: 'fakeSystem' };
const jobs: GridJob[] = [
  { system: {}, workload: { prefillTokens: 128, decodeTokens: 32, k: 0 }, plan: { type: 'sweep', sweepSize: 4 } },
  { system: {}, workload: { prefillTokens: 128, decodeTokens: 32, k: 2, alpha: 0.7 }, plan: { type: 'sweep', sweepSize: 4 } },
  { system: { engine: { noiseRel: 0.05 } }, workload: { prefillTokens: 256, decodeTokens: 16, k: 3, alpha: 0.9 }, plan: { type: 'rates', rates: [5, 10] } },
  { system: {}, workload: { prefillTokens: 64, decodeTokens: 64, k: 1, alpha: 0.5 }, plan: { type: 'benchmark', strategy: { type: 'poisson', rate: 8 } } },
  { system: {}, workload: { prefillTokens: 64, decodeTokens: 8, k: 4, alpha: 1 }, plan: { type: 'sweep', sweepSize: 3 } },
];
const opts = { systemFactory: factory, seed: 21, durationS: 3 };

describe('runGrid', () => {
  it('gives the same results in job order whatever the number of worker threads', async () => {
    const progress: number[] = [];
    const inThread = await runGrid(jobs, { ...opts, workers: 0, onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    const two = await runGrid(jobs, { ...opts, workers: 2 });
    const one = await runGrid(jobs, { ...opts, workers: 1 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(inThread));
    expect(JSON.stringify(one)).toBe(JSON.stringify(inThread));
    expect(inThread.map((r) => r.rows.length)).toEqual([4, 4, 2, 1, 3]);
    // job i is seeded with deriveSeed(seed, i), independent of the grid around it
    const alone = simulateSweep(fakeSystem(), jobs[1].workload, { sweepSize: 4, durationS: 3, seed: deriveSeed(21, 1) });
    expect(inThread[1].rows).toEqual(buildSimTidyRows(alone));
    expect(inThread[0].run).toBeNull();
  }, 60_000);

  it('returns the full runs on request, through workers too', async () => {
    const [r] = await runGrid(jobs.slice(3, 4), { ...opts, workers: 1, keepRuns: true });
    expect(r.run?.benchmarks[0].requests.startS).toBeInstanceOf(Float64Array);
    expect(r.run?.benchmarks[0].strategy).toEqual({ type: 'poisson', rate: 8 });
  }, 60_000);

  it('reports the failing job and rejects bad options', async () => {
    const bad: GridJob[] = [jobs[0], { system: {}, workload: { prefillTokens: 64, decodeTokens: 8, k: 2 }, plan: { type: 'sweep' } }];
    await expect(runGrid(bad, { ...opts, workers: 2 })).rejects.toThrow(/^runGrid: job 1: simulateBenchmark: conditionalAcceptance requires exactly one/);
    await expect(runGrid(bad, { ...opts, workers: 0 })).rejects.toThrow(/^runGrid: job 1:/);
    await expect(runGrid(jobs, { ...opts, systemFactory: { modulePath: 'rel.ts', exportName: 'x' } })).rejects.toThrow(/absolute systemFactory.modulePath/);
    await expect(runGrid(jobs, { ...opts, workers: 0, systemFactory: { ...factory, exportName: 'nope' } })).rejects.toThrow(/export a function nope/);
    expect(await runGrid([], opts)).toEqual([]);
  }, 60_000);
});
