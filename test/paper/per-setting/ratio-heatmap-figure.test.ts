import { describe, expect, it } from 'vitest';
import { ratioHeatmapFigure } from '../../../lib/paper/per-setting/ratio-heatmap-figure.js';
import { expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

// alpha 0.9: C1R smallest at k = 4, C2R smallest at k = 1; alpha 0.5: C1R smallest at k = 2, C2R at k = 1.
const cells = [
  { alpha: 0.9, k: 4, c1r: 0.3, c2r: 1.4 },
  { alpha: 0.5, k: 1, c1r: 0.8, c2r: 1.1 },
  { alpha: 0.5, k: 2, c1r: 0.7, c2r: 1.3 },
  { alpha: 0.9, k: 1, c1r: 0.6, c2r: 0.9 },
  { alpha: 0.9, k: 2, c1r: 0.4, c2r: 1.0 },
  { alpha: 0.5, k: 4, c1r: 1.2, c2r: 2.0 },
];

describe('ratioHeatmapFigure (Fig. 2b)', () => {
  const figure = ratioHeatmapFigure(cells, { dataLabel: 'simulated', system: 'Qwen3-8B, 1024/1024' });
  const [c1Heat, c1Marks, c2Heat, c2Marks] = figure.spec.data as Array<Record<string, any>>;

  it('draws two heatmaps, each with its argmin markers, and one legend entry for the boxes', () => {
    expectWellFormedFigure(figure, 'simulated');
    const box = 'boxed: the k with the smallest ratio at each α';
    expect(traceNames(figure)).toEqual(['C₁R', box, 'C₂R', box]);
    expect([c1Marks.showlegend, c2Marks.showlegend]).toEqual([true, false]);
    expect(c2Marks.legendgroup).toBe(c1Marks.legendgroup);
    expect(c2Heat).toMatchObject({ type: 'heatmap', xaxis: 'x2', yaxis: 'y2', coloraxis: 'coloraxis2' });
  });

  it('places z[alpha][k] at the right cell, k across and alpha up, ascending', () => {
    expect(c1Heat.x).toEqual(['1', '2', '4']);
    expect(c1Heat.y).toEqual(['0.50', '0.90']);
    expect(c1Heat.z).toEqual([
      [0.8, 0.7, 1.2],
      [0.6, 0.4, 0.3],
    ]);
    expect(c2Heat.z).toEqual([
      [1.1, 1.3, 2.0],
      [0.9, 1.0, 1.4],
    ]);
  });

  it('leaves missing cells empty (null) and counts them in the caption', () => {
    const f = ratioHeatmapFigure(cells.slice(1), { dataLabel: 'd' });
    expect((f.spec.data[0] as { z: unknown[][] }).z[1]).toEqual([0.6, 0.4, null]);
    expect(f.caption).toContain('over 2 α × 3 k (1 blank: no fit); ');
    expect(figure.caption).not.toContain('blank');
  });

  it('marks the k minimising each ratio per alpha', () => {
    expect(c1Marks.x).toEqual(['2', '4']);
    expect(c1Marks.y).toEqual(['0.50', '0.90']);
    expect(c2Marks.x).toEqual(['1', '1']);
  });

  it('centres the diverging scale at 1 (white where the ratio is 1)', () => {
    const axis = figure.spec.layout.coloraxis as { cmin: number; cmax: number; colorscale: Array<[number, string]> };
    expect(axis.cmin).toBe(0.3);
    expect(axis.cmax).toBe(1.2);
    const white = axis.colorscale.find(([, colour]) => colour === '#f7f7f7')!;
    expect(white[0]).toBeCloseTo((1 - 0.3) / (1.2 - 0.3), 6);
    const axis2 = figure.spec.layout.coloraxis2 as { cmin: number; cmax: number; colorscale: Array<[number, string]> };
    expect(axis2.colorscale.find(([, c]) => c === '#f7f7f7')![0]).toBeCloseTo((1 - 0.9) / (2 - 0.9), 6);
  });

  it('gives equal colour depth to equal distances from 1: only the covered part of the symmetric scale', () => {
    // C1R spans 0.3..1.2: the full RdBu scale spans 1 -+ 0.7, so 1.2 sits at t = 0.9 / 1.4 of it, between
    // '#f7f7f7' (t 0.5) and '#ef8a62' (t 0.75) at f = 4/7: (247 - 8 f, 247 - 109 f, 247 - 149 f) = (242, 185, 162).
    const c1 = (figure.spec.layout.coloraxis as { colorscale: Array<[number, string]> }).colorscale;
    expect(c1[0]).toEqual([0, '#2166ac']);
    expect(c1[c1.length - 1]).toEqual([1, '#f2b9a2']);
    // C2R spans 0.9..2.0: 1 -+ 1.0, so 0.9 sits at t = 0.45, between '#67a9cf' (0.25) and '#f7f7f7' (0.5) at f = 0.8:
    // (103 + 144 f, 169 + 78 f, 207 + 40 f) = (218, 231, 239); 2.0 is the dark red end.
    const c2 = (figure.spec.layout.coloraxis2 as { colorscale: Array<[number, string]> }).colorscale;
    expect(c2[0]).toEqual([0, '#dae7ef']);
    expect(c2[c2.length - 1]).toEqual([1, '#b2182b']);
    expect(c2.map(([t]) => t)).toEqual([...c2.map(([t]) => t)].sort((a, b) => a - b));
  });

  it('counts the paper claims in the caption', () => {
    expect(figure.caption).toContain('for Qwen3-8B, 1024/1024');
    expect(figure.caption).toContain('C1R < 1 in 5/6 cells, C2R > 1 in 4/6');
    expect(figure.caption).toContain('argmin_k C1R > argmin_k C2R at 2/2 α values');
  });

  it('rejects a repeated (alpha, k)', () => {
    expect(() => ratioHeatmapFigure([...cells, cells[0]], { dataLabel: 'd' })).toThrow(
      'ratioHeatmapFigure requires one cell per (alpha, k), got two at alpha 0.9, k 4',
    );
  });

  it('keeps an all-below-1 scale valid (white at the top end)', () => {
    const f = ratioHeatmapFigure([{ alpha: 0.5, k: 1, c1r: 0.5, c2r: 0.8 }, { alpha: 0.5, k: 2, c1r: 0.6, c2r: 0.7 }], { dataLabel: 'd' });
    const scale = (f.spec.layout.coloraxis as { colorscale: Array<[number, string]> }).colorscale;
    expect(scale[0][0]).toBe(0);
    expect(scale[scale.length - 1]).toEqual([1, '#f7f7f7']);
  });
});
