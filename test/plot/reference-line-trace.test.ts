import { describe, expect, it } from 'vitest';
import { referenceLineTrace } from '../../lib/plot/reference-line-trace.js';

describe('referenceLineTrace', () => {
  it('draws a named dashed line on the given axes, gaps for non-finite values', () => {
    const t = referenceLineTrace([0, 1, 2], [0, Infinity, 2], { name: 'y = x', xaxis: 'x2', yaxis: 'y2', legendgroup: 'ref' });
    expect(t).toMatchObject({ type: 'scatter', mode: 'lines', name: 'y = x', xaxis: 'x2', yaxis: 'y2', legendgroup: 'ref' });
    expect(t.y).toEqual([0, null, 2]);
    expect((t.line as { dash: string }).dash).toBe('dash');
  });

  it('needs two points', () => {
    expect(() => referenceLineTrace([0], [0], { name: 'a' })).toThrow('referenceLineTrace requires x and y of the same length >= 2');
  });
});
