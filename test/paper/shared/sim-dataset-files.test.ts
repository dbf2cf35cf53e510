import { describe, expect, it } from 'vitest';
import { simDatasetFiles } from '../../../lib/paper/shared/sim-dataset-files.js';

describe('simDatasetFiles', () => {
  it('lists one CSV per planned system under data/sim', () => {
    const files = simDatasetFiles();
    expect(files).toContain('data/sim/qwen3-8b@a100-80gb.csv');
    expect(files.every((f) => f.startsWith('data/sim/') && f.endsWith('.csv'))).toBe(true);
    expect(files.some((f) => f.includes('guidellm') || f.includes('manifest'))).toBe(false);
  });

  it('splits dense from mixture-of-experts verifiers (the paper: gpt-oss-20b, Qwen3-30B-A3B, Qwen3-235B-A22B are MoE)', () => {
    const dense = simDatasetFiles({ dense: true });
    const moe = simDatasetFiles({ dense: false });
    expect(moe.sort()).toEqual(['data/sim/gpt-oss-20b@a100-80gb.csv', 'data/sim/qwen3-235b-a22b@a100-80gbx8.csv', 'data/sim/qwen3-30b-a3b@a100-80gb.csv']);
    expect(dense).toContain('data/sim/llama-3.1-70b@a100-80gbx4.csv');
    expect(dense.length + moe.length).toBe(simDatasetFiles().length);
  });

  it('selects systems, moves the folder, and rejects unknown systems', () => {
    expect(simDatasetFiles({ systems: ['qwen3-8b@a100-80gb'], dir: '/tmp/x' })).toEqual(['/tmp/x/qwen3-8b@a100-80gb.csv']);
    expect(() => simDatasetFiles({ systems: ['qwen3-9b@a100'] })).toThrow('simDatasetFiles requires systems of the plan');
  });
});
