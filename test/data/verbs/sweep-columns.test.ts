import { describe, expect, it } from 'vitest';
import { metaConfigColumns, sweepColumns } from '../../../lib/data/verbs/sweep-columns.js';
import { CONFIG_KEYS } from '../../../lib/data/tidy-schema.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

const rates = [1, 10, 20];

describe('metaConfigColumns', () => {
  it('keeps a metadata column whose every value holds a sweep (vLLM and SGLang in one file)', () => {
    const rows = ['vllm', 'sgl'].flatMap((f) => rates.map((r) => tidyRow({ strategy: 'poisson', rate_rps: r, meta_framework: f })));
    expect(metaConfigColumns(rows)).toEqual(['meta_framework']);
    expect(sweepColumns(rows)).toEqual([...CONFIG_KEYS, 'meta_framework']);
  });

  it('leaves out columns that label single runs: a timestamp per file, the rate, a repeat number', () => {
    const rows = rates.map((r, i) => tidyRow({ strategy: 'poisson', rate_rps: r, meta_timestamp: `2025-05-1${i}`, meta_qps: r }));
    const repeats = [0, 1].map((n) => tidyRow({ strategy: 'concurrent', concurrency: 2, meta_run_number: n }));
    expect(metaConfigColumns([...rows, ...repeats])).toEqual([]);
    // A column constant inside every configuration separates nothing.
    expect(metaConfigColumns(rates.map((r) => tidyRow({ rate_rps: r, meta_gpu: 'H100' })))).toEqual([]);
    expect(sweepColumns([tidyRow()])).toEqual([...CONFIG_KEYS]);
  });
});
