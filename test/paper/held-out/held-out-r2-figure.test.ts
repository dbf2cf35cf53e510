import { describe, expect, it } from 'vitest';
import { heldOutR2Figure } from '../../../lib/paper/held-out/held-out-r2-figure.js';
import { expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

const rows = [
  { model: 'Qwen3-8B', coefficient: 'c2_v', n: 1, r2: 0.99 },
  { model: 'Qwen3-8B', coefficient: 'c2_p', n: 1, r2: 0.98 },
  { model: 'Qwen3-8B', coefficient: 'c2_p', n: 4, r2: 0.95 },
  { model: 'Qwen3-1.7B', coefficient: 'c2_p', n: 1, r2: -0.3 },
];

describe('heldOutR2Figure (Fig. 7)', () => {
  const figure = heldOutR2Figure(rows, { dataLabel: 'simulated' });
  const bars = figure.spec.data as Array<{ name: string; x: string[]; y: number[]; base: number; text: string[]; xaxis?: string }>;

  it('groups bars by n in one panel per model', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['n = 1 held out', 'n = 1 held out', 'n = 4 held out']);
    expect((figure.spec.layout.annotations as Array<{ text: string }>).map((a) => a.text)).toEqual(['Qwen3-1.7B', 'Qwen3-8B']);
    expect(figure.spec.layout.barmode).toBe('group');
    expect(bars[1]).toMatchObject({ x: ['c<sub>2,p</sub>', 'c<sub>2,v</sub>'], xaxis: 'x2' });
  });

  it('draws each bar from the floor up to its R² and labels clipped bars', () => {
    // Floor: lowest R² >= 0.5 is 0.95; 0.93 rounded down to 0.05 -> 0.9.
    expect(bars[1].base).toBe(0.9);
    expect(bars[1].y.map((h) => h + bars[1].base)).toEqual([0.98, 0.99].map((v) => expect.closeTo(v, 12) as unknown as number));
    expect(bars[0].y[0]).toBe(0.02); // -0.3 is below the floor: a stub
    expect(bars[0].text).toEqual(['-0.3']);
    expect(figure.spec.layout.yaxis).toMatchObject({ range: [0.9, 1.05] });
    expect(figure.spec.layout.yaxis2).toMatchObject({ matches: 'y' });
  });

  it('draws the 0.97 threshold in every panel and counts who reaches it', () => {
    const shapes = figure.spec.layout.shapes as Array<{ y0: number; yref: string }>;
    expect(shapes.map((s) => [s.yref, s.y0])).toEqual([
      ['y', 0.97],
      ['y2', 0.97],
    ]);
    expect(figure.caption).toContain('2/4 values reach it');
    expect(figure.caption).toContain('1 bar(s) below 0.9 are clipped');
  });

  it('shows the whole range when most values are low: bars from 0, negative ones pointing down', () => {
    const low = [
      { model: 'A', coefficient: 'c2_p', n: 1, r2: -0.31 },
      { model: 'A', coefficient: 'c2_v', n: 1, r2: 0.45 },
      { model: 'A', coefficient: 'c1_v', n: 1, r2: 0.99 },
      { model: 'B', coefficient: 'c2_v', n: 1, r2: -1.7 },
    ];
    const f = heldOutR2Figure(low, { dataLabel: 'simulated' });
    const b = f.spec.data as Array<{ y: number[]; base: number; text: string[] }>;
    // 1 of 4 values >= 0.5: floor = lowest value -1.7 - 0.05 on a 0.1 grid = -1.8, clamped to -1.
    expect(f.spec.layout.yaxis).toMatchObject({ range: [-1, 1.05], zeroline: true });
    // A: coefficients in Eq. 3 order c1_v, c2_p, c2_v, bars from 0 to the value.
    expect(b[0].base).toBe(0);
    expect(b[0].y).toEqual([0.99, -0.31, 0.45]);
    expect(b[0].text).toEqual(['', '', '']);
    // B: -1.7 is below the floor: the bar stops at -1 and carries its value.
    expect(b[1].y).toEqual([-1]);
    expect(b[1].text).toEqual(['-1.7']);
    expect(f.caption).toContain('points down from the solid line at 0');
    expect(f.caption).toContain('1 bar(s) below -1 are clipped');
  });

  it('grows with the number of panel rows', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ model: `M${i}`, coefficient: 'c2_v', n: 1, r2: 0.99 }));
    // 10 panels in 3 columns: 4 rows, 140 + 240 * 4 px.
    expect(heldOutR2Figure(many, { dataLabel: 'd' }).spec.layout.height).toBe(1100);
    expect(heldOutR2Figure(rows, { dataLabel: 'd' }).spec.layout.height).toBe(560);
  });
});
