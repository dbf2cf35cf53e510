import { describe, expect, it } from 'vitest';
import { littleBatchFigure } from '../../../lib/paper/collapse/little-batch-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

const points = [
  { group: 'Qwen3-8B', rps: 2, latencyS: 3, meanConcurrency: 6 },
  { group: 'Qwen3-0.6B', rps: 4, latencyS: 1.5, meanConcurrency: 5 },
  { group: 'Qwen3-8B', rps: 1, latencyS: 2.5, meanConcurrency: 2.5 },
];

describe('littleBatchFigure', () => {
  const figure = littleBatchFigure(points, { dataLabel: 'simulated' });

  it('plots RPS × L against measured concurrency per group, with y = x', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(figure.id).toBe('fig00-little-batch');
    expect(traceNames(figure)).toEqual(['Qwen3-0.6B', 'Qwen3-8B', 'y = x (Little’s Law)']);
    const eight = traceNamed(figure, 'Qwen3-8B');
    expect(eight.x).toEqual([6, 2.5]);
    expect(eight.y).toEqual([6, 2.5]); // 2 * 3, 1 * 2.5
    const line = traceNamed(figure, 'y = x (Little’s Law)') as { x: number[]; y: number[] };
    expect(line.y).toEqual(line.x);
    expect(axisTitle(figure.spec.layout.xaxis)).toBe('measured mean concurrency (requests in flight)');
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('RPS × L (requests)');
  });

  it('reports the median ratio RPS·L / concurrency in the caption', () => {
    // ratios 1, 6 / 5 = 1.2, 1 -> median 1
    expect(figure.caption).toContain('Median ratio RPS·L / concurrency = 1.');
    expect(figure.caption).toContain('3 runs in 2 group(s)');
  });

  it('rejects missing concurrency', () => {
    expect(() => littleBatchFigure([{ group: 'a', rps: 1, latencyS: 1, meanConcurrency: null as unknown as number }], { dataLabel: 'd' })).toThrow(
      'littleBatchFigure requires points[0].meanConcurrency to be a finite number',
    );
  });
});
