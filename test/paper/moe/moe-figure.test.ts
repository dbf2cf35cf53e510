import { describe, expect, it } from 'vitest';
import { moeFigure } from '../../../lib/paper/moe/moe-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

const fit = {
  model: 'gpt-oss-20b',
  k: 1,
  plain: { c1: 1.2, c2: 0.05 },
  corrected: { c1_u: 1, c1_s: 0.5, c2_u: 0.02, c2_s: 0.03 },
  routing: { experts: 32, active: 4, tokensPerRequest: 2 },
  plainR2: 0.902,
  correctedR2: 0.997,
};

describe('moeFigure (Fig. 8)', () => {
  const figure = moeFigure(
    {
      points: [
        { model: 'gpt-oss-20b', k: 1, rps: 2, latencyS: 1.5 },
        { model: 'gpt-oss-20b', k: 1, rps: 8, latencyS: 3 },
        { model: 'Qwen3-30B-A3B', k: 0, rps: 1, latencyS: 2 },
      ],
      fits: [fit],
    },
    { dataLabel: 'simulated' },
  );

  it('has latency panels on top and coverage panels below, one column per model', () => {
    expectWellFormedFigure(figure, 'simulated');
    const { layout } = figure.spec;
    expect((layout.annotations as Array<{ text: string }>).map((a) => a.text)).toEqual(['gpt-oss-20b', 'Qwen3-30B-A3B']);
    expect(traceNames(figure)).toEqual([
      'k = 1',
      'k = 1 Eq. 1 (plain)',
      'k = 1 Eq. 4 (coverage-corrected)',
      'k = 1 coverage φ',
      'no SD',
      'plain Eq. 1 (dashed)',
      'Eq. 4 (solid)',
    ]);
    expect(traceNamed(figure, 'plain Eq. 1 (dashed)')).toMatchObject({ y: [null], showlegend: true, line: { dash: 'dash' } });
    expect(traceNamed(figure, 'no SD')).toMatchObject({ xaxis: 'x2', yaxis: 'y2' });
    expect(traceNamed(figure, 'k = 1 coverage φ')).toMatchObject({ xaxis: 'x3', yaxis: 'y3' });
    expect(axisTitle(layout.yaxis)).toBe('mean latency L (s)');
    expect(axisTitle(layout.yaxis3)).toBe('coverage φ (fraction)');
    expect(axisTitle(layout.xaxis3)).toBe('request rate RPS (requests/s)');
  });

  it('draws the plain fit dashed and the corrected fit solid, both starting at their C1', () => {
    const plain = traceNamed(figure, 'k = 1 Eq. 1 (plain)') as { x: number[]; y: number[]; line: { dash: string } };
    const corrected = traceNamed(figure, 'k = 1 Eq. 4 (coverage-corrected)') as { y: number[]; line: { dash: string } };
    expect(plain.line.dash).toBe('dash');
    expect(corrected.line.dash).toBe('solid');
    expect(plain.y[0]).toBe(1.2);
    expect(corrected.y[0]).toBe(1); // c1_u: no expert touched at zero load
    expect(plain.x[plain.x.length - 1]).toBeCloseTo(8.8, 10); // 1.1 x 8, below 0.98 / 0.05 and 0.98 / 0.05
    plain.x.forEach((x, i) => expect(plain.y[i]).toBeCloseTo(1.2 / (1 - 0.05 * x), 10));
  });

  it('shows coverage consistent with its own latency: phi = 1 - (1 - m/M)^(RPS L (k+1)), and Eq. 4 holds there', () => {
    const corrected = traceNamed(figure, 'k = 1 Eq. 4 (coverage-corrected)') as { x: number[]; y: number[] };
    const phi = traceNamed(figure, 'k = 1 coverage φ') as { y: number[] };
    expect(phi.y[0]).toBe(0);
    for (const i of [10, 40, 79]) {
      const x = corrected.x[i];
      const L = corrected.y[i];
      const expected = 1 - (1 - 4 / 32) ** (x * L * 2);
      expect(phi.y[i]).toBeCloseTo(expected, 10);
      expect(L).toBeCloseTo((1 + expected * 0.5) / (1 - x * (0.02 + expected * 0.03)), 8);
    }
  });

  it('reports plain -> corrected R² in the caption', () => {
    expect(figure.caption).toContain('gpt-oss-20b k = 1 0.902 → 0.997');
  });
});
