import { describe, expect, it } from 'vitest';
import { facetGrid } from '../../lib/plot/facet-grid.js';

describe('facetGrid', () => {
  it('lays out panels row-major with their own axes, domains inside [0, 1]', () => {
    const { panels, annotations } = facetGrid(5, { columns: 3, titles: ['a', 'b', 'c', 'd', 'e'], xGap: 0.1, yGap: 0.2 });
    expect(panels.map((p) => [p.xaxis, p.yaxis, p.xKey, p.yKey])[0]).toEqual(['x', 'y', 'xaxis', 'yaxis']);
    expect(panels[4]).toMatchObject({ row: 1, column: 1, xaxis: 'x5', yaxis: 'y5', xKey: 'xaxis5', yKey: 'yaxis5' });
    // width per column (1 - 2 * 0.1) / 3 = 0.266667; column 1 starts at 0.366667; rows (1 - 0.2) / 2 = 0.4 high.
    expect(panels[1].xDomain[0]).toBeCloseTo(0.366667, 5);
    expect(panels[1].xDomain[1]).toBeCloseTo(0.633333, 5);
    expect(panels[0].yDomain).toEqual([0.6, 1]);
    expect(panels[3].yDomain).toEqual([0, 0.4]);
    expect(annotations.map((a) => a.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(annotations[3]).toMatchObject({ xref: 'paper', yref: 'paper', y: 0.4, showarrow: false });
  });

  it('marks the panels with nothing below them', () => {
    const { panels } = facetGrid(5, { columns: 3 });
    expect(panels.map((p) => p.bottom)).toEqual([false, false, true, true, true]);
  });

  it('honours relative row heights', () => {
    const { panels } = facetGrid(2, { columns: 1, rowHeights: [3, 1], yGap: 0 });
    expect(panels[0].yDomain).toEqual([0.25, 1]);
    expect(panels[1].yDomain).toEqual([0, 0.25]);
  });

  it('rejects bad counts and heights', () => {
    expect(() => facetGrid(0)).toThrow('facetGrid requires an integer count >= 1');
    expect(() => facetGrid(2, { columns: 1, rowHeights: [1] })).toThrow('facetGrid requires 2 positive row heights');
  });
});
