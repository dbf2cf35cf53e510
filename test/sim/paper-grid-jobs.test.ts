import { describe, expect, it } from 'vitest';
import { PAPER_ALPHAS, paperGridJobs } from '../../lib/sim/paper-grid-jobs.js';

describe('paperGridJobs', () => {
  it('lists 16 prefill/decode combinations x (baseline + 11 alphas x 10 k) sweeps', () => {
    const jobs = paperGridJobs('sys', true);
    expect(jobs).toHaveLength(16 * (1 + 11 * 10));
    expect(PAPER_ALPHAS).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]);
    expect(jobs[0]).toEqual({ system: 'sys', workload: { prefillTokens: 256, decodeTokens: 256, k: 0 }, plan: { type: 'sweep', sweepSize: 10 } });
    expect(jobs[1].workload).toEqual({ prefillTokens: 256, decodeTokens: 256, k: 1, alpha: 0.5 });
    expect(jobs[111].workload).toEqual({ prefillTokens: 256, decodeTokens: 512, k: 0 });
    const keys = new Set(jobs.map((j) => JSON.stringify(j.workload)));
    expect(keys.size).toBe(jobs.length);
  });

  it('has only baselines without a drafter', () => {
    const jobs = paperGridJobs('sys', false, { type: 'rates', rates: [1] });
    expect(jobs).toHaveLength(16);
    expect(jobs.every((j) => j.workload.k === 0 && j.plan.type === 'rates')).toBe(true);
  });
});
