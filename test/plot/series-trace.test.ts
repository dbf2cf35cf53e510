import { describe, expect, it } from 'vitest';
import { seriesTrace } from '../../lib/plot/series-trace.js';

const style = { colour: '#0072B2', symbol: 'square', dash: 'dot' };

describe('seriesTrace', () => {
  it('builds a marker trace with hover text', () => {
    const t = seriesTrace('markers', { name: 'a', x: [1, 2], y: [3, 4], style, text: ['p', 'q'] });
    expect(t).toMatchObject({ type: 'scatter', mode: 'markers', name: 'a', x: [1, 2], y: [3, 4], text: ['p', 'q'] });
    expect(t.hovertemplate).toBe('%{text}<extra></extra>');
    expect(t.marker).toMatchObject({ color: '#0072B2', symbol: 'square' });
    expect(t.line).toBeUndefined();
  });

  it('builds a line trace, turning non-finite values into gaps', () => {
    const t = seriesTrace('lines', { name: 'b', x: [0, 1], y: [1, Infinity], style, dash: 'solid', xaxis: 'x2', yaxis: 'y2', lineShape: 'hv' });
    expect(t.y).toEqual([1, null]);
    expect(t.line).toEqual({ color: '#0072B2', width: 2, dash: 'solid', shape: 'hv' });
    expect(t).toMatchObject({ xaxis: 'x2', yaxis: 'y2' });
  });

  it('refuses empty or mismatched data', () => {
    expect(() => seriesTrace('markers', { name: 'a', x: [], y: [], style })).toThrow('seriesTrace requires x and y of the same non-zero length');
    expect(() => seriesTrace('markers', { name: 'a', x: [1], y: [1], style, text: [] })).toThrow('seriesTrace requires one hover text per point');
  });
});
