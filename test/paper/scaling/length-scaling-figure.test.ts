import { describe, expect, it } from 'vitest';
import { lengthScalingFigure } from '../../../lib/paper/scaling/length-scaling-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

describe('lengthScalingFigure (Fig. 6)', () => {
  const figure = lengthScalingFigure(
    {
      points: [
        { model: 'Qwen3-8B', coefficient: 'c2_p', prefillTokens: 1024, decodeTokens: 256, valueS: 0.004 },
        { model: 'Qwen3-8B', coefficient: 'c2_p', prefillTokens: 256, decodeTokens: 256, valueS: 0.0018 },
        { model: 'Qwen3-8B', coefficient: 'c2_v', prefillTokens: 512, decodeTokens: 1024, valueS: 0.0015 },
        { model: 'Qwen3-32B', coefficient: 'c2_v', prefillTokens: 256, decodeTokens: 512, valueS: 0.003 },
      ],
      fits: [{ model: 'Qwen3-8B', coefficient: 'c2_p', slope: 3e-6, intercept: 0.001, r2: 0.995 }],
    },
    { dataLabel: 'simulated' },
  );

  it('puts c2_p against prefill and c2_v against prefill + 0.5 decode, in ms', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['Qwen3-8B', 'Qwen3-8B linear fit, R² = 0.995', 'Qwen3-8B', 'Qwen3-32B']);
    const [p, , v8, v32] = figure.spec.data as Array<{ x: number[]; y: number[]; xaxis?: string }>;
    expect(p.x).toEqual([256, 1024]);
    expect(p.y[0]).toBeCloseTo(1.8, 12);
    expect(v8).toMatchObject({ x: [1024], xaxis: 'x2' }); // 512 + 0.5 * 1024
    expect(v32.x).toEqual([512]); // 256 + 0.5 * 512
    expect(axisTitle(figure.spec.layout.xaxis)).toBe('prefill length p (tokens)');
    expect(axisTitle(figure.spec.layout.xaxis2)).toBe('effective length p + 0.5·g (tokens)');
    expect(axisTitle(figure.spec.layout.yaxis2)).toBe('c<sub>2,v</sub> (ms/request)');
    expect((figure.spec.layout.legend as { title: { text: string } }).title.text).toBe('model<br><sub>dots: fits per length pair; lines: least squares</sub>');
  });

  it('draws the fit over the measured range in the model colour, without its own legend entry', () => {
    const fit = traceNamed(figure, 'Qwen3-8B linear fit, R² = 0.995') as { x: number[]; y: number[]; showlegend: boolean };
    expect(fit.x).toEqual([256, 1024]);
    expect(fit.y[1]).toBeCloseTo((3e-6 * 1024 + 0.001) * 1000, 12);
    expect(fit.showlegend).toBe(false);
    expect(figure.caption).toContain('Qwen3-8B c2_p 0.995');
  });

  it('honours another decode weight', () => {
    const f = lengthScalingFigure(
      { points: [{ model: 'a', coefficient: 'c2_v', prefillTokens: 100, decodeTokens: 100, valueS: 1 }] },
      { dataLabel: 'd', decodeWeight: 1 },
    );
    expect((f.spec.data[0] as { x: number[] }).x).toEqual([200]);
  });
});
