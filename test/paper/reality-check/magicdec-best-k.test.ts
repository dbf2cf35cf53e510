import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { magicdecBestK } from '../../../lib/paper/reality-check/magicdec-best-k.js';
import { loadExternalCsv } from '../../../lib/sim/calibration/load-external-csv.js';

const row = (target: string, draft: string, prefill: number, batch: number, kA: number | null, sA: number | null, kH: number | null = null, sH: number | null = null) => ({
  target,
  draft,
  prefill,
  batch_size: batch,
  best_k_a100: kA,
  speedup_8xa100: sA,
  best_k_h100: kH,
  speedup_8xh100: sH,
});

describe('magicdecBestK', () => {
  it('reads the shipped MagicDec tables: best k never shrinks and the speedup always grows with batch size', async () => {
    const rows = await loadExternalCsv(path.resolve(__dirname, '../../../data/external/magicdec-speedup.csv'));
    const r = magicdecBestK(rows);
    // By hand: 8 (target, draft, prefill, GPU) settings have >= 2 batch sizes minus the two 32000-token
    // Llama2-7B rows (one batch size each) = 6 trends; best k 3 -> 4 (A100 x3), 3 -> 4 and 2 -> 3 (H100),
    // 3 -> 3 (Llama3.1-8B H100, batches 32 and 64 only).
    expect(r.trends).toHaveLength(6);
    expect([r.kGrows, r.kSame, r.kShrinks]).toEqual([5, 1, 0]);
    expect([r.speedupGrows, r.speedupSame, r.speedupShrinks]).toEqual([6, 0, 0]);
    const tiny = r.trends.find((t) => t.draft === 'TinyLlama-1.1B' && t.gpu === 'H100')!;
    expect(tiny).toEqual({
      target: 'Llama2-7B',
      draft: 'TinyLlama-1.1B',
      prefill: 8000,
      gpu: 'H100',
      batches: [32, 64, 128],
      bestKs: [2, 3, 3],
      speedups: [1.32, 1.48, 1.64],
      kChange: 1,
      speedupChange: 1,
    });
  });

  it('sorts batches, compares the smallest with the largest and skips empty cells', () => {
    const r = magicdecBestK([row('T', 'd', 100, 64, 2, 1.1), row('T', 'd', 100, 16, 5, 1.5), row('T', 'd', 100, 32, 6, 1.2, null, null)]);
    expect(r.trends).toHaveLength(1); // H100 cells are all empty
    expect(r.trends[0].batches).toEqual([16, 32, 64]);
    expect(r.trends[0].kChange).toBe(-1);
    expect(r.trends[0].speedupChange).toBe(-1);
    expect(r.kShrinks).toBe(1);
  });

  it('rejects half-filled cells and rows without keys', () => {
    expect(() => magicdecBestK([])).toThrow('magicdecBestK requires a non-empty array of rows');
    expect(() => magicdecBestK([row('T', 'd', 1, 1, 3, null)])).toThrow('magicdecBestK requires rows[0] to give both best_k_a100 and speedup_8xa100 or neither');
    expect(() => magicdecBestK([{ target: 'T', draft: 'd', prefill: '8k', batch_size: 1 }])).toThrow('magicdecBestK requires rows[0] with a target and draft');
  });
});
