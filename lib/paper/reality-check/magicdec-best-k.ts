import { naturalCompare } from '../../util/natural-compare.js';

/** One row of magicdec-speedup.csv as loadExternalCsv returns it. */
export type MagicdecSpeedupRow = Record<string, string | number | null>;

/** How the best k and the speedup change from the smallest to the largest batch of one setting. */
export interface MagicdecBestKTrend {
  target: string;
  draft: string;
  /** Prompt tokens per request. */
  prefill: number;
  /** 'A100' or 'H100' (8 GPUs each). */
  gpu: string;
  /** Batch sizes with a value, ascending. */
  batches: number[];
  /** Best draft length at each batch size. */
  bestKs: number[];
  /** Speedup of SD over AR at each batch size. */
  speedups: number[];
  /** Sign of best k at the largest batch − best k at the smallest: 1 grows, 0 same, −1 shrinks. */
  kChange: -1 | 0 | 1;
  /** Sign of the speedup change from the smallest to the largest batch. */
  speedupChange: -1 | 0 | 1;
}

/** Result of {@link magicdecBestK}. */
export interface MagicdecBestK {
  /** One trend per (target, draft, prefill, GPU) with at least two batch sizes. */
  trends: MagicdecBestKTrend[];
  /** Settings whose best k grows, stays, shrinks as the batch grows. */
  kGrows: number;
  kSame: number;
  kShrinks: number;
  /** Settings whose speedup grows, stays, shrinks as the batch grows. */
  speedupGrows: number;
  speedupSame: number;
  speedupShrinks: number;
}

const GPUS = [
  { gpu: 'A100', k: 'best_k_a100', s: 'speedup_8xa100' },
  { gpu: 'H100', k: 'best_k_h100', s: 'speedup_8xh100' },
] as const;

/**
 * Reads MagicDec's speedup tables (arXiv 2408.11049) as trends against batch size: for each
 * (target, draft, prefill length, GPU), the best draft length k and the speedup of SD over AR at
 * every batch size the table gives, and whether each grows, stays or shrinks from the smallest
 * to the largest batch. Cells left empty in the source are skipped; settings with fewer than two
 * batch sizes are left out (no trend).
 *
 * @param rows magicdec-speedup.csv rows: target, draft, prefill, batch_size, best_k_a100,
 *   speedup_8xa100, best_k_h100, speedup_8xh100
 * @returns the trends (sorted by target, draft, prefill, GPU) and the counts
 * @throws {Error} `magicdecBestK requires ...` for no rows, a row without target/draft/prefill/batch_size,
 *   or a best k without its speedup (or the reverse)
 * @example
 * magicdecBestK(await loadExternalCsv('data/external/magicdec-speedup.csv')).kShrinks; // 0
 */
export function magicdecBestK(rows: readonly MagicdecSpeedupRow[]): MagicdecBestK {
  const fn = 'magicdecBestK';
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${fn} requires a non-empty array of rows`);
  const groups = new Map<string, { target: string; draft: string; prefill: number; gpu: string; cells: Array<[number, number, number]> }>();
  rows.forEach((r, i) => {
    const target = r?.target;
    const draft = r?.draft;
    const prefill = r?.prefill;
    const batch = r?.batch_size;
    if (typeof target !== 'string' || typeof draft !== 'string' || typeof prefill !== 'number' || typeof batch !== 'number') {
      throw new Error(`${fn} requires rows[${i}] with a target and draft (text) and prefill and batch_size (numbers)`);
    }
    for (const g of GPUS) {
      const k = r[g.k];
      const s = r[g.s];
      if ((k === null || k === undefined) && (s === null || s === undefined)) continue;
      if (typeof k !== 'number' || typeof s !== 'number') throw new Error(`${fn} requires rows[${i}] to give both ${g.k} and ${g.s} or neither`);
      const id = JSON.stringify([target, draft, prefill, g.gpu]);
      const entry = groups.get(id) ?? { target, draft, prefill, gpu: g.gpu, cells: [] };
      entry.cells.push([batch, k, s]);
      groups.set(id, entry);
    }
  });
  const sign = (x: number): -1 | 0 | 1 => (x > 0 ? 1 : x < 0 ? -1 : 0);
  const trends: MagicdecBestKTrend[] = [...groups.values()]
    .filter((g) => g.cells.length >= 2)
    .map((g) => {
      const cells = [...g.cells].sort((a, b) => a[0] - b[0]);
      const last = cells.length - 1;
      return {
        target: g.target,
        draft: g.draft,
        prefill: g.prefill,
        gpu: g.gpu,
        batches: cells.map((c) => c[0]),
        bestKs: cells.map((c) => c[1]),
        speedups: cells.map((c) => c[2]),
        kChange: sign(cells[last][1] - cells[0][1]),
        speedupChange: sign(cells[last][2] - cells[0][2]),
      };
    })
    .sort((a, b) => naturalCompare(a.target, b.target) || naturalCompare(a.draft, b.draft) || a.prefill - b.prefill || naturalCompare(a.gpu, b.gpu));
  const count = (key: 'kChange' | 'speedupChange', v: number): number => trends.filter((t) => t[key] === v).length;
  return {
    trends,
    kGrows: count('kChange', 1),
    kSame: count('kChange', 0),
    kShrinks: count('kChange', -1),
    speedupGrows: count('speedupChange', 1),
    speedupSame: count('speedupChange', 0),
    speedupShrinks: count('speedupChange', -1),
  };
}
