import { describe, expect, it } from 'vitest';
import { tailFigureData } from '../../../lib/paper/tails/tail-figure-data.js';
import type { TailFit } from '../../../lib/paper/tails/tail-fits.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { configKey, entry, openPoint } from '../group-fit-factory.js';

describe('tailFigureData', () => {
  const rows = [
    tidyRow({ measured_rps: 2, mean_latency_s: 1.25, p95_latency_s: 1.5, p99_latency_s: 2 }),
    tidyRow({ measured_rps: 4, mean_latency_s: 1.67, p95_latency_s: 2, p99_latency_s: null }),
  ];
  const key = configKey({ verifier: 'Qwen3-8B', alpha: 0.7, k: 3 });
  const fits = [entry(key, { c1: 1, c2: 0.1, points: [openPoint(0, 2, 1.25), openPoint(1, 4, 1.67)] })];
  const label = fits[0].label;
  const tails: TailFit[] = [
    { key, label, statistic: 'p95', n: 2, refit: { c1: 1.2, c2: 0.1, r2: 1, mapePct: 0 }, refitError: null, scaled: { factor: 1.2, r2: 1, mapePct: 0 }, unscaled: { r2: 0, mapePct: 20 } },
  ];

  it('collects the measured statistics and samples the model curves up to 1.05 × the largest rate', () => {
    const d = tailFigureData(rows, fits, tails, { panels: [{ verifier: 'Qwen3-8B' }], curves: 'both', samples: 3 });
    expect(d.points.map((p) => [p.panel, p.statistic, p.rps, p.latencyS])).toEqual([
      ['Qwen3-8B, α = 0.70, k = 3', 'mean', 2, 1.25],
      ['Qwen3-8B, α = 0.70, k = 3', 'p95', 2, 1.5],
      ['Qwen3-8B, α = 0.70, k = 3', 'p99', 2, 2],
      ['Qwen3-8B, α = 0.70, k = 3', 'mean', 4, 1.67],
      ['Qwen3-8B, α = 0.70, k = 3', 'p95', 4, 2],
    ]);
    expect(d.curves.map((c) => c.name)).toEqual(['Eq. 1 mean model', 'Eq. 1 fitted to p95', 'mean model × 1.2 (p95)']);
    const meanCurve = d.curves[0];
    expect(meanCurve.rps).toEqual([0, 2.1, 4.2]);
    expect(meanCurve.latencyS[2]).toBeCloseTo(1 / (1 - 0.42), 12);
    expect(d.curves[2].latencyS[1]).toBeCloseTo(1.2 / (1 - 0.21), 12);
  });

  it('draws the measurements of the statistics asked for next to the mean', () => {
    const d = tailFigureData(rows, fits, tails, { panels: [{ verifier: 'Qwen3-8B' }], statistics: ['p99'], samples: 3 });
    expect(d.points.map((p) => [p.statistic, p.rps])).toEqual([
      ['mean', 2],
      ['p99', 2],
      ['mean', 4],
    ]);
  });

  it('stops curves at 98% of their saturation rate and rejects panels that match nothing', () => {
    const steep = [entry(key, { c1: 1, c2: 0.24, points: [openPoint(0, 2, 1.25), openPoint(1, 4, 1.67)] })];
    const d = tailFigureData(rows, steep, [], { panels: [{ k: 3 }], samples: 2 });
    expect(d.curves).toHaveLength(1);
    expect(d.curves[0].rps[1]).toBeCloseTo(0.98 / 0.24, 12);
    expect(() => tailFigureData(rows, fits, tails, { panels: [{ k: 9 }] })).toThrow('tailFigureData requires panels[0] to match a fitted configuration');
    expect(() => tailFigureData(rows, fits, tails, { panels: [] })).toThrow('tailFigureData requires options.panels');
  });
});
