import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPECULATORS_SCALING_DIR, loadSpeculatorsScaling } from '../../lib/data/load-speculators-scaling.js';
import { REDUCED_NAME, fixtureText } from './fixtures.js';

describe('loadSpeculatorsScaling', () => {
  it('defaults to the repo data folder', () => {
    expect(SPECULATORS_SCALING_DIR).toBe(path.resolve(__dirname, '..', '..', 'data', 'speculators-scaling'));
  });

  it('loads a folder of reduced sweeps', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'speclat-ss-'));
    writeFileSync(path.join(d, REDUCED_NAME), fixtureText(`reduced/${REDUCED_NAME}`));
    const rows = await loadSpeculatorsScaling(d);
    expect(rows.map((r) => r.strategy)).toEqual(['synchronous', 'throughput', 'constant', 'constant']);
    rmSync(d, { recursive: true, force: true });
  });

  it('says how to get the data when the folder is missing', async () => {
    await expect(loadSpeculatorsScaling('/nonexistent/ss')).rejects.toThrow(
      'loadSpeculatorsScaling requires the data set in /nonexistent/ss (run npm run data:fetch)',
    );
  });

  it.skipIf(!existsSync(SPECULATORS_SCALING_DIR))('loads the fetched data set: 240 files x 10 benchmarks', async () => {
    const rows = await loadSpeculatorsScaling();
    expect(rows).toHaveLength(2400);
    const verifiers = new Map<string, number>();
    for (const r of rows) verifiers.set(r.verifier, (verifiers.get(r.verifier) ?? 0) + 1);
    expect([...verifiers].sort()).toEqual([
      ['Qwen3-0.6B', 480],
      ['Qwen3-1.7B', 480],
      ['Qwen3-14B', 480],
      ['Qwen3-32B', 480],
      ['Qwen3-8B', 480],
    ]);
    expect(new Set(rows.map((r) => r.k))).toEqual(new Set([1, 2, 3, 4, 5, 6, 8, 10]));
    expect(new Set(rows.map((r) => r.alpha))).toEqual(new Set([0.5, 0.6, 0.7, 0.8, 0.9, 1]));
    expect(rows.filter((r) => r.strategy === 'synchronous')).toHaveLength(240);
    expect(rows.filter((r) => r.strategy === 'throughput')).toHaveLength(240);
  });
});
