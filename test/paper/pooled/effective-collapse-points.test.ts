import { describe, expect, it } from 'vitest';
import { effectiveCollapsePoints } from '../../../lib/paper/pooled/effective-collapse-points.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { entry, failedEntry } from '../group-fit-factory.js';

// c1_eff = 0.1 + (g/E)(0.01 + k 0.002), c2_eff = 0.01 + (g/E)(0.001 + k 0.0005)
const six = { c1_p: 0.1, c1_v: 0.01, c1_d: 0.002, c2_p: 0.01, c2_v: 0.001, c2_d: 0.0005 };
const sdPoint = (index: number, k: number, e: number, latencyS: number) => ({
  index, source: '', kind: 'open' as const, x: 0, latencyS, predictedS: latencyS, k, expectedTokens: e, decodeTokens: 100,
});

describe('effectiveCollapsePoints', () => {
  const rows = [
    tidyRow({ verifier: 'A', k: 2, alpha: 0.5, measured_rps: 5 }),
    tidyRow({ verifier: 'A', k: 1, alpha: 1, measured_rps: 2 }),
    tidyRow({ verifier: 'B', k: 1, alpha: 1, measured_rps: 1 }),
  ];
  const fits = [
    entry({ verifier: 'A' }, { ...six, points: [sdPoint(0, 2, 1.75, 1.2), sdPoint(1, 1, 2, 0.6)] }),
    entry({ verifier: 'B' }, { ...six, points: [sdPoint(2, 1, 2, 0.6)] }),
    failedEntry({ verifier: 'C' }),
  ];

  it("normalises every point by its own setting's C1_eff and C2_eff", () => {
    const pts = effectiveCollapsePoints(rows, fits, { where: { verifier: 'A' } });
    // k 2, E 1.75: g/E = 400/7; C1_eff = 0.1 + (400/7)(0.014) = 0.9, C2_eff = 0.01 + (400/7)(0.002) = 0.01 + 0.8/7
    expect(pts[0].group).toBe('k = 2');
    expect(pts[0].y).toBeCloseTo(1.2 / 0.9, 12);
    expect(pts[0].x).toBeCloseTo(5 * (0.01 + 0.8 / 7), 12);
    // k 1, E 2: g/E = 50; C1_eff = 0.1 + 50 (0.012) = 0.7, C2_eff = 0.01 + 50 (0.0015) = 0.085
    expect(pts[1].y).toBeCloseTo(0.6 / 0.7, 12);
    expect(pts[1].x).toBeCloseTo(2 * 0.085, 12);
    expect(pts[1].label).toBe('A, α = 1.00, k = 1');
  });

  it('groups by any row column over all systems, and rejects an empty selection', () => {
    expect(effectiveCollapsePoints(rows, fits, { groupBy: 'verifier' }).map((p) => p.group)).toEqual(['A', 'A', 'B']);
    expect(() => effectiveCollapsePoints(rows, fits, { where: { verifier: 'C' } })).toThrow('effectiveCollapsePoints requires a selection that matches at least one fitted system');
  });
});
