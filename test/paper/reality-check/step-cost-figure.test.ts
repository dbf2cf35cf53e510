import { describe, expect, it } from 'vitest';
import { stepCostFigure } from '../../../lib/paper/reality-check/step-cost-figure.js';
import { expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

describe('stepCostFigure', () => {
  const figure = stepCostFigure(
    {
      measured: [
        { source: 'vLLM PR #5691', series: 'MQA scorer', batchSize: 32, stepMs: 25.5 },
        { source: 'vLLM PR #5691', series: 'MQA scorer', batchSize: 4, stepMs: 13.7 },
        { source: 'MagicDec', batchSize: 32, stepMs: 16.53 },
      ],
      simulated: [
        { source: 'vLLM PR #5691', series: 'MQA scorer', batchSize: 2, stepMs: 12.5 },
        { source: 'vLLM PR #5691', series: 'MQA scorer', batchSize: 4, stepMs: 13.0 },
        { source: 'vLLM PR #5691', series: 'MQA scorer', batchSize: 64, stepMs: 40 },
        { source: 'MagicDec', batchSize: 32, stepMs: 18 },
      ],
    },
    { dataLabel: 'simulator v1' },
  );

  it('draws measured markers and simulated lines per source panel', () => {
    expectWellFormedFigure(figure, 'simulator v1');
    expect((figure.spec.layout.annotations as Array<{ text: string }>).map((a) => a.text)).toEqual(['MagicDec', 'vLLM PR #5691']);
    expect(traceNames(figure)).toEqual(['measured', 'simulated', 'MQA scorer measured', 'MQA scorer simulated']);
    expect(figure.spec.data[2]).toMatchObject({ mode: 'markers', x: [4, 32], y: [13.7, 25.5], xaxis: 'x2' });
    expect(figure.spec.data[3]).toMatchObject({ mode: 'lines', x: [2, 4, 64] });
  });

  it('uses a log x axis only when batch sizes span a factor of 20', () => {
    expect(figure.spec.layout.xaxis2).toMatchObject({ type: 'log' }); // 2 .. 64
    expect((figure.spec.layout.xaxis as { type?: string }).type).toBeUndefined(); // 32 only
  });

  it('gives the median simulated / measured ratio over matching batch sizes', () => {
    // matches: 13.0 / 13.7 = 0.949, 18 / 16.53 = 1.089 -> median 1.019
    expect(figure.caption).toContain('Median simulated / measured ratio 1.02 over 2 matching batch size(s)');
  });
});
