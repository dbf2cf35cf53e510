import { describe, expect, it } from 'vitest';
import { latencyCurveData } from '../../../lib/paper/per-setting/latency-curve-data.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { configKey, entry, failedEntry, openPoint } from '../group-fit-factory.js';

describe('latencyCurveData', () => {
  const rows = [tidyRow({ measured_rps: 1.5 }), tidyRow({ measured_rps: 3 }), tidyRow({ measured_rps: 2 }), tidyRow({ measured_rps: 0.8 })];
  const fits = [
    entry(configKey({ verifier: 'A', k: 1, alpha: 0.5 }), { c1: 1, c2: 0.1, points: [openPoint(0, 1.5, 1.2), openPoint(1, 3, 1.5)] }),
    entry(configKey({ verifier: 'A', k: 3, alpha: 0.7 }), { c1: 0.8, c2: 0.05, points: [openPoint(2, 2, 0.9)] }),
    entry(configKey({ verifier: 'B', k: 1, alpha: 0.5 }), { c1: 2, c2: 0.2, points: [openPoint(3, 0.8, 2.5)] }),
    failedEntry(configKey({ verifier: 'A', k: 6, alpha: 0.5 })),
  ];

  it('selects configurations by key values, k and alpha, series by k and panels by alpha', () => {
    const d = latencyCurveData(rows, fits, { where: { verifier: 'A' }, ks: [1, 3], alphas: [0.5, 0.7] });
    expect(d.fits).toEqual([
      { series: 'k = 1', facet: 'α = 0.50', c1: 1, c2: 0.1 },
      { series: 'k = 3', facet: 'α = 0.70', c1: 0.8, c2: 0.05 },
    ]);
    expect(d.points).toEqual([
      { series: 'k = 1', facet: 'α = 0.50', rps: 1.5, latencyS: 1.2 },
      { series: 'k = 1', facet: 'α = 0.50', rps: 3, latencyS: 1.5 },
      { series: 'k = 3', facet: 'α = 0.70', rps: 2, latencyS: 0.9 },
    ]);
  });

  it('uses the row’s measured rate, can drop the panels, and rejects an empty selection', () => {
    const d = latencyCurveData(rows, fits, { where: { verifier: 'B' }, seriesBy: 'verifier', facetBy: null });
    expect(d.points).toEqual([{ series: 'B', facet: undefined, rps: 0.8, latencyS: 2.5 }]);
    expect(() => latencyCurveData(rows, fits, { alphas: [0.9] })).toThrow('latencyCurveData requires a selection that matches at least one fitted configuration');
  });
});
