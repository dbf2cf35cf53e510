import { describe, expect, it } from 'vitest';
import { datasetFileJobs } from '../../../lib/sim/dataset/dataset-file-jobs.js';
import { DATASET_WINDOW, MOE_GRID, NOTEBOOK_GRID, PAPER_GRID, REAL_GRID, simDatasetPlan } from '../../../lib/sim/dataset/sim-dataset-plan.js';
import { listSystems } from '../../../lib/sim/system-registry.js';

describe('simDatasetPlan', () => {
  const plan = simDatasetPlan();

  it('ships the 13 systems of the issue, one CSV each under data/sim, with distinct seeds', () => {
    expect(plan.files.map((f) => f.system).sort()).toEqual(
      [
        'qwen3-0.6b@a100-80gb',
        'qwen3-1.7b@a100-80gb',
        'qwen3-8b@a100-80gb',
        'qwen3-14b@a100-80gb',
        'qwen3-32b@a100-80gb',
        'llama-3.1-8b@a100-80gb',
        'llama-3.1-70b@a100-80gbx4',
        'qwen3-8b@h100-80gb',
        'gpt-oss-20b@a100-80gb',
        'qwen3-30b-a3b@a100-80gb',
        'qwen3-235b-a22b@a100-80gbx8',
        'llama-3.1-70b+llama-3.1-8b@a100-80gbx4',
        'qwen3-14b+qwen3-1.7b@a100-80gb',
      ].sort(),
    );
    for (const f of plan.files) {
      expect(listSystems()).toContain(f.system);
      expect(f.file).toBe(`data/sim/${f.system}.csv`);
    }
    expect(new Set(plan.files.map((f) => f.seed)).size).toBe(plan.files.length);
    expect(new Set(plan.guidellm.map((g) => g.seed)).size).toBe(plan.guidellm.length);
  });

  it('uses the real runs\' benchmark settings: 90-s benchmarks, 10-benchmark sweeps, max concurrency 128', () => {
    expect(plan.durationS).toBe(90);
    // the paper-length grids scale max_seconds with a pilot request's latency, never below 90 s, with warm-up
    expect(plan.window).toEqual(DATASET_WINDOW);
    expect(plan.window.minDurationS).toBe(90);
    expect(plan.window.warmupFrac).toBeGreaterThan(0);
    expect(plan.sweepSize).toBe(10);
    expect(plan.maxConcurrency).toBe(128);
    expect(plan.minMaxModelLen).toBe(1024 + 1024);
    expect(plan.significantDigits).toBe(6);
  });

  it('defines the grids of the issue', () => {
    expect(PAPER_GRID.lengths).toHaveLength(16);
    expect(PAPER_GRID.alphas).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]);
    expect(PAPER_GRID.ks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(NOTEBOOK_GRID.lengths).toEqual(PAPER_GRID.lengths);
    expect(NOTEBOOK_GRID.alphas).toEqual([0.5, 0.7, 0.9, 1]);
    expect(NOTEBOOK_GRID.ks).toEqual([1, 2, 3, 4, 6, 8, 10]);
    expect(REAL_GRID.lengths).toEqual([{ prefillTokens: 512, decodeTokens: 128 }]);
    expect(REAL_GRID.alphas).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(REAL_GRID.ks).toEqual([1, 2, 3, 4, 5, 6, 8, 10]);
    expect(MOE_GRID.lengths).toEqual([
      { prefillTokens: 512, decodeTokens: 128 },
      { prefillTokens: 1024, decodeTokens: 1024 },
    ]);
    expect(MOE_GRID.alphas).toEqual([0.6, 0.8, 1]);
    expect(MOE_GRID.ks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // only the real grid keeps the real runs' protocol (fixed 90 s, no warm-up), for point-for-point comparison
    expect([PAPER_GRID, NOTEBOOK_GRID, REAL_GRID, MOE_GRID].map((g) => g.scaledWindow)).toEqual([true, true, false, true]);
  });

  it('gives each system the number of sweeps derived by hand', () => {
    // paper: 16 x (1 + 11 x 10) = 1776; real: 1 + 6 x 8 = 49; notebook: 16 x (1 + 4 x 7) = 464;
    // MoE: 2 x (1 + 3 x 10) = 62, of which 8 (1024/1024 baseline, alpha 1.0 x k in {1,2,3,4,6,8,10}) are in the notebook subset
    const expected: Record<string, number> = {
      'qwen3-8b@a100-80gb': 1776 + 49,
      'qwen3-0.6b@a100-80gb': 464 + 49,
      'qwen3-1.7b@a100-80gb': 464 + 49,
      'qwen3-14b@a100-80gb': 464 + 49,
      'qwen3-32b@a100-80gb': 464 + 49,
      'llama-3.1-8b@a100-80gb': 464,
      'llama-3.1-70b@a100-80gbx4': 464,
      'qwen3-8b@h100-80gb': 464,
      'gpt-oss-20b@a100-80gb': 464 + 62 - 8,
      'qwen3-30b-a3b@a100-80gb': 464 + 62 - 8,
      'qwen3-235b-a22b@a100-80gbx8': 464 + 62 - 8,
      'llama-3.1-70b+llama-3.1-8b@a100-80gbx4': 464,
      'qwen3-14b+qwen3-1.7b@a100-80gb': 464,
    };
    for (const f of plan.files) expect(datasetFileJobs(f, f.system, true).length, f.system).toBe(expected[f.system]);
  });

  it('returns a fresh plan each call', () => {
    const a = simDatasetPlan();
    a.files[0].grids[0].alphas.push(0.123);
    a.files[0].seed = -1;
    const b = simDatasetPlan();
    expect(b.files[0].grids[0].alphas).not.toContain(0.123);
    expect(b.files[0].seed).toBe(101);
    expect(NOTEBOOK_GRID.alphas).not.toContain(0.123);
  });

  it('plans three GuideLLM sweeps: SD at 512/128, a baseline and an MoE SD sweep', () => {
    expect(plan.guidellm).toHaveLength(3);
    expect(plan.guidellm.map((g) => [g.system, g.prefillTokens, g.decodeTokens, g.k, g.alpha])).toEqual([
      ['qwen3-8b@a100-80gb', 512, 128, 3, 0.8],
      ['qwen3-8b@a100-80gb', 1024, 1024, 0, null],
      ['gpt-oss-20b@a100-80gb', 1024, 1024, 2, 0.7],
    ]);
    expect(plan.guidellmDir).toBe('data/sim/guidellm');
  });
});
