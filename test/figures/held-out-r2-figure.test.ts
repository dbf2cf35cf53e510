import { describe, expect, it } from 'vitest';
import { heldOutR2Figure } from '../../lib/figures/held-out-r2-figure.js';
import { expectWellFormedFigure, traceNames } from './figure-assertions.js';

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
    expect(figure.spec.layout.yaxis).toMatchObject({ range: [0.9, 1.01] });
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
});
