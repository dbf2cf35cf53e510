import { describe, expect, it } from 'vitest';
import { figurePageHtml } from '../../lib/plot/figure-page-html.js';

describe('figurePageHtml', () => {
  it('is a complete page with the plotly source inlined once, the plot and the escaped caption', () => {
    const page = figurePageHtml(
      { data: [{ type: 'scatter', x: [1], y: [1] }], layout: {} },
      { id: 'fig01.a', caption: 'L/C1 < 2 & rising' },
      '/* PLOTLY-SOURCE */',
    );
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.split('/* PLOTLY-SOURCE */')).toHaveLength(2);
    expect(page).toContain('<title>fig01.a</title>');
    expect(page).toContain('<div id="plot-fig01_a"');
    expect(page).toContain('<figcaption><strong>fig01.a.</strong> L/C1 &lt; 2 &amp; rising</figcaption>');
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('loads a shared plotly.js by URL instead of inlining it', () => {
    const page = figurePageHtml({ data: [], layout: {} }, { id: 'f', caption: '' }, { src: '../figures/plotly.min.js' });
    expect(page).toContain('<script type="text/javascript" src="../figures/plotly.min.js" charset="utf-8"></script>');
    expect(page).not.toContain('window.Plotly === \'undefined\'');
    expect(() => figurePageHtml({ data: [], layout: {} }, { id: 'f', caption: '' }, { src: '' })).toThrow(/^figurePageHtml requires the plotly.js source text or \{ src: url \}/);
  });

  it('checks the metadata', () => {
    expect(() => figurePageHtml({ data: [], layout: {} }, { id: '', caption: '' }, '')).toThrow(/^figurePageHtml requires an id/);
  });
});
