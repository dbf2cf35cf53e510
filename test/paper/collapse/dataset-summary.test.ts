import { describe, expect, it } from 'vitest';
import { datasetSummary } from '../../../lib/paper/collapse/dataset-summary.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

describe('datasetSummary', () => {
  it('counts rows, configurations, grids and rows without speculation', () => {
    const rows = [
      tidyRow({ verifier: 'Qwen3-8B', drafter: 'E', k: 3, alpha: 0.7, strategy: 'synchronous' }),
      tidyRow({ verifier: 'Qwen3-8B', drafter: 'E', k: 3, alpha: 0.7 }),
      tidyRow({ verifier: 'Qwen3-8B', drafter: 'E', k: 1, alpha: 0.5 }),
      tidyRow({ verifier: 'Qwen3-0.6B', drafter: 'E', k: 1, alpha: 0.5, decode_tokens: 1024 }),
    ];
    const s = datasetSummary(rows, 'the real data');
    expect(s).toMatchObject({
      nRows: 4,
      nConfigs: 3,
      verifiers: ['Qwen3-0.6B', 'Qwen3-8B'],
      drafters: ['E'],
      lengths: ['512/128', '512/1024'],
      ks: [1, 3],
      alphas: [0.5, 0.7],
      nBaselineRows: 0,
      strategies: { synchronous: 1, constant: 3 },
    });
    expect(s.text).toContain('The real data hold 4 benchmark rows in 3 configurations');
    expect(s.text).toContain('No row runs without speculative decoding (k = 0): there is no measured baseline.');
    expect(s.text).toContain('k ∈ {1, 3}; α ∈ {0.5, 0.7}.');
  });

  it('counts baseline rows and their configurations', () => {
    const s = datasetSummary([tidyRow({ k: 0 }), tidyRow({ k: 0 }), tidyRow({ k: 0, decode_tokens: 256 }), tidyRow({ k: 2, alpha: 0.6, drafter: 'D' })]);
    expect(s.nBaselineRows).toBe(3);
    expect(s.nBaselineConfigs).toBe(2);
    expect(s.text).toContain('3 rows in 2 configurations run without speculative decoding (k = 0).');
    expect(() => datasetSummary([])).toThrow('datasetSummary requires a non-empty array of tidy rows');
  });
});
