import { describe, expect, it } from 'vitest';
import { fitGroups } from '../../lib/fit/fit-groups.js';
import { createRng } from '../../lib/random/create-rng.js';
import { eq1Rows, tidyRow } from './tidy-row-factory.js';

describe('fitGroups', () => {
  it('fits each configuration with eq1 and reports failing groups instead of throwing', () => {
    const rates = [1, 2, 3, 4, 5, 6, 7];
    const rows = [
      ...eq1Rows(1, 0.1, rates, createRng(1), 0.01, { verifier: 'A' }),
      ...eq1Rows(2, 0.05, rates, createRng(2), 0.01, { verifier: 'B' }),
      ...eq1Rows(2, 0.05, [1, 2], createRng(3), 0.01, { verifier: 'C' }),
    ];
    const fits = fitGroups(rows, { model: 'eq1' });
    expect(fits.map((f) => f.key.verifier)).toEqual(['A', 'B', 'C']);
    expect(fits[0].fit!.c1).toBeCloseTo(1, 1);
    expect(fits[1].fit!.c2).toBeCloseTo(0.05, 2);
    expect(fits[1].fit!.points.map((p) => p.index)).toEqual([7, 8, 9, 10, 11, 12, 13]); // indices into rows
    expect(fits[2].fit).toBeNull();
    expect(fits[2].error).toBe('fitEq1 requires at least 3 points, got 2 usable of 2 (0 excluded)');
    expect(fits[0].label).toBe('verifier=A drafter= hardware=H prefill_tokens=512 decode_tokens=128 k=0 alpha=null');
  });

  it('groups sd by system and joins baseline rows (drafter "") to the SD group of the same verifier', () => {
    const six = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
    const rows = [{ k: 0, alpha: null as number | null }, ...[0.6, 0.8, 1].flatMap((alpha) => [1, 2, 4].map((k) => ({ k, alpha })))].flatMap(
      ({ k, alpha }) => {
        const e = k === 0 ? 1 : alpha === 1 ? k + 1 : (1 - (alpha as number) ** (k + 1)) / (1 - (alpha as number));
        const c1 = six[0] + (128 / e) * (six[1] + k * six[2]);
        const c2 = six[3] + (128 / e) * (six[4] + k * six[5]);
        return [0.2, 0.4, 0.6, 0.8].map((fr, i) =>
          tidyRow({ drafter: k === 0 ? '' : 'D', k, alpha, measured_rps: fr / c2, mean_latency_s: c1 / (1 - fr), source: `k${k}a${alpha}#${i}` }),
        );
      },
    );
    const fits = fitGroups(rows, { model: 'sd' });
    expect(fits).toHaveLength(1);
    expect(fits[0].key.drafter).toBe('D');
    expect(fits[0].nRows).toBe(rows.length);
    expect(fits[0].fit!.c1_p).toBeCloseTo(0.07, 6);
    expect(fits[0].fit!.settings.some((s) => s.k === 0)).toBe(true);
    expect(fits[0].fit!.points.filter((p) => p.k === 0).map((p) => p.index)).toEqual([0, 1, 2, 3]);
    // The points are built (and remapped to the input's rows) on the first read only.
    expect(fits[0].fit!.points.filter((p) => p.k === 0).map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(new Set(fits[0].fit!.points.map((p) => p.index)).size).toBe(rows.length);
  });

  it('groups moe per configuration and passes the routing', () => {
    const rows = [0.5, 1, 2, 4, 6, 8].map((r, i) => tidyRow({ measured_rps: r, mean_latency_s: 1 / (1 - r * 0.1), source: `m#${i}` }));
    const fits = fitGroups(rows, { model: 'moe', experts: 8, active: 2, requireConvergence: false });
    expect(fits).toHaveLength(1);
    expect(fits[0].error).toBeNull();
    expect(fits[0].fit!.tokensPerRequest).toBe(1);
  });

  it('a failed group keeps its excluded rows and reasons; every group reports its measured lengths', () => {
    const rows = [
      tidyRow({ verifier: 'A', strategy: 'synchronous', mean_output_tokens: 127, completed: 50 }),
      tidyRow({ verifier: 'A', strategy: 'throughput', measured_rps: 9, mean_latency_s: 9, mean_output_tokens: 129, completed: 150 }),
    ];
    const [g] = fitGroups(rows, { model: 'eq1' });
    expect(g.fit).toBeNull();
    expect(g.excluded).toEqual([{ index: 1, source: 'test', reason: 'throughput strategy (a burst at the concurrency cap: saturated by construction)' }]);
    expect(g.lengths).toEqual({ prompt: null, output: { mean: 128.5, min: 127, max: 129 }, fromMeans: false });
  });

  it('splits groups by metadata that separates sweeps (vLLM and SGLang runs of one model in one file)', () => {
    const rows = ['vllm', 'sgl'].flatMap((f, j) =>
      [1, 2, 3, 4].map((r) => tidyRow({ strategy: 'poisson', rate_rps: r, measured_rps: r, mean_latency_s: (1 + j) / (1 - 0.1 * r), meta_framework: f })),
    );
    const fits = fitGroups(rows, { model: 'eq1' });
    expect(fits.map((g) => [g.key.meta_framework, g.fit?.c1])).toEqual([
      ['vllm', expect.closeTo(1, 6)],
      ['sgl', expect.closeTo(2, 6)],
    ]);
  });

  it('rejects an unknown model', () => {
    expect(() => fitGroups([], { model: 'x' } as never)).toThrow("fitGroups requires model 'eq1', 'sd' or 'moe', got x");
  });
});
