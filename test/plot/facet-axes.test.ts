import { describe, expect, it } from 'vitest';
import { facetAxes } from '../../lib/plot/facet-axes.js';
import { facetGrid } from '../../lib/plot/facet-grid.js';

describe('facetAxes', () => {
  const { panels } = facetGrid(4, { columns: 2 });

  it('places and anchors both axes of a panel', () => {
    const axes = facetAxes(panels[3], 'RPS (requests/s)', 'L (s)', { type: 'log' });
    expect(Object.keys(axes)).toEqual(['xaxis4', 'yaxis4']);
    expect(axes.xaxis4).toMatchObject({ anchor: 'y4', domain: panels[3].xDomain, type: 'log' });
    expect(axes.yaxis4).toMatchObject({ anchor: 'x4', domain: panels[3].yDomain });
  });

  it('titles only outer axes of small multiples when asked', () => {
    const inner = facetAxes(panels[1], 'RPS (requests/s)', 'L (s)', {}, {}, false);
    expect((inner.xaxis2 as { title?: unknown }).title).toBeUndefined(); // panel 4 lies below
    expect((inner.yaxis2 as { title?: unknown }).title).toBeUndefined(); // not the first column
    const corner = facetAxes(panels[2], 'RPS (requests/s)', 'L (s)', {}, {}, false);
    expect((corner.xaxis3 as { title: { text: string } }).title.text).toBe('RPS (requests/s)');
    expect((corner.yaxis3 as { title: { text: string } }).title.text).toBe('L (s)');
  });
});
