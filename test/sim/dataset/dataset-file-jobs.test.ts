import { describe, expect, it } from 'vitest';
import { datasetFileJobs } from '../../../lib/sim/dataset/dataset-file-jobs.js';
import type { DatasetFilePlan, DatasetGrid } from '../../../lib/sim/dataset/sim-dataset-plan.js';
import { MOE_GRID, NOTEBOOK_GRID, PAPER_GRID, REAL_GRID } from '../../../lib/sim/dataset/sim-dataset-plan.js';
import { paperGridJobs } from '../../../lib/sim/paper-grid-jobs.js';

const file = (grids: DatasetGrid[]): DatasetFilePlan => ({ system: 'sys', file: 'data/sim/sys.csv', seed: 7, grids });

describe('datasetFileJobs', () => {
  it('expands the paper grid exactly as paperGridJobs does (same jobs, same order, so the same seeds)', () => {
    expect(datasetFileJobs(file([PAPER_GRID]), 'sys', true)).toEqual(paperGridJobs('sys', true));
    expect(datasetFileJobs(file([PAPER_GRID, REAL_GRID]), 'sys', true).slice(0, 1776)).toEqual(paperGridJobs('sys', true));
  });

  it('orders a small grid lengths, baseline, alpha, k', () => {
    const g: DatasetGrid = {
      name: 't',
      description: '',
      lengths: [
        { prefillTokens: 10, decodeTokens: 20 },
        { prefillTokens: 30, decodeTokens: 40 },
      ],
      baseline: true,
      alphas: [0.5, 1],
      ks: [2, 1],
      scaledWindow: false,
    };
    const plan = { type: 'rates' as const, rates: [1, 2] };
    expect(datasetFileJobs(file([g]), { any: 'spec' }, true, plan).map((j) => j.workload)).toEqual([
      { prefillTokens: 10, decodeTokens: 20, k: 0 },
      { prefillTokens: 10, decodeTokens: 20, k: 2, alpha: 0.5 },
      { prefillTokens: 10, decodeTokens: 20, k: 1, alpha: 0.5 },
      { prefillTokens: 10, decodeTokens: 20, k: 2, alpha: 1 },
      { prefillTokens: 10, decodeTokens: 20, k: 1, alpha: 1 },
      { prefillTokens: 30, decodeTokens: 40, k: 0 },
      { prefillTokens: 30, decodeTokens: 40, k: 2, alpha: 0.5 },
      { prefillTokens: 30, decodeTokens: 40, k: 1, alpha: 0.5 },
      { prefillTokens: 30, decodeTokens: 40, k: 2, alpha: 1 },
      { prefillTokens: 30, decodeTokens: 40, k: 1, alpha: 1 },
    ]);
    const jobs = datasetFileJobs(file([g]), { any: 'spec' }, true, plan);
    expect(jobs.every((j) => j.plan === plan && (j.system as { any: string }).any === 'spec')).toBe(true);
  });

  it('lists a setting once: later grids skip what earlier grids listed', () => {
    const jobs = datasetFileJobs(file([NOTEBOOK_GRID, MOE_GRID]), 'sys', true);
    const keys = jobs.map((j) => `${j.workload.prefillTokens}/${j.workload.decodeTokens}/${j.workload.k}/${j.workload.alpha}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(jobs).toHaveLength(518);
    // the notebook subset comes first, untouched
    expect(jobs.slice(0, 464)).toEqual(datasetFileJobs(file([NOTEBOOK_GRID]), 'sys', true));
    // every k at 1024/1024 with alpha 0.6: all ten present
    const ks = jobs.filter((j) => j.workload.prefillTokens === 1024 && j.workload.decodeTokens === 1024 && j.workload.alpha === 0.6).map((j) => j.workload.k);
    expect(ks.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 512/128: baseline + 30 SD settings, all from the MoE grid
    expect(jobs.filter((j) => j.workload.prefillTokens === 512 && j.workload.decodeTokens === 128)).toHaveLength(31);
  });

  it('gives the sweeps of grids with a scaled window the window, the others the plain sweep plan', () => {
    const window = { minDurationS: 90, latencyMultiple: 20, warmupFrac: 0.4 };
    const plain = { type: 'sweep' as const, sweepSize: 10 };
    const jobs = datasetFileJobs(file([NOTEBOOK_GRID, REAL_GRID]), 'sys', true, plain, window);
    expect(jobs).toHaveLength(464 + 49);
    expect(jobs.slice(0, 464).every((j) => JSON.stringify(j.plan) === JSON.stringify({ ...plain, window }))).toBe(true);
    expect(jobs.slice(464).every((j) => j.plan === plain)).toBe(true);
    // without a window every job runs the plan as given; the jobs' order and workloads do not depend on the window
    expect(datasetFileJobs(file([NOTEBOOK_GRID, REAL_GRID]), 'sys', true, plain).map((j) => j.workload)).toEqual(jobs.map((j) => j.workload));
    expect(() => datasetFileJobs(file([REAL_GRID]), 'sys', true, { type: 'rates', rates: [1] }, window)).toThrow('datasetFileJobs requires a sweep plan with a window');
  });

  it('lists only baselines for a system without a drafter', () => {
    const jobs = datasetFileJobs(file([NOTEBOOK_GRID, REAL_GRID]), 'sys', false);
    expect(jobs).toHaveLength(17);
    expect(jobs.every((j) => j.workload.k === 0)).toBe(true);
  });

  it('rejects bad grids', () => {
    expect(() => datasetFileJobs(null as unknown as DatasetFilePlan, 'sys', true)).toThrow('datasetFileJobs requires a file plan with grids');
    expect(() => datasetFileJobs(file([{ ...REAL_GRID, ks: [0] }]), 'sys', true)).toThrow('datasetFileJobs requires ks that are integers >= 1');
    expect(() => datasetFileJobs(file([{ ...REAL_GRID, alphas: [1.5] }]), 'sys', true)).toThrow('datasetFileJobs requires alphas in [0, 1]');
    expect(() => datasetFileJobs(file([{ ...REAL_GRID, scaledWindow: undefined as unknown as boolean }]), 'sys', true)).toThrow('datasetFileJobs requires scaledWindow true or false');
    expect(() => datasetFileJobs(file([{ ...REAL_GRID, lengths: [{ prefillTokens: 0, decodeTokens: 1 }] }]), 'sys', true)).toThrow(
      'datasetFileJobs requires positive integer prefill/decode lengths',
    );
  });
});
