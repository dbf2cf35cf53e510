import { describe, expect, it } from 'vitest';
import { PLOTLY_MIME, figureMimeBundle } from '../../lib/plot/figure-mime-bundle.js';

describe('figureMimeBundle', () => {
  it('carries the figure under the Plotly MIME type, an HTML fallback and a text line', () => {
    const spec = { data: [{ type: 'scatter', x: [1, 2], y: [3, Number.NaN] }], layout: { title: { text: 'Fig. 1' } } };
    const bundle = figureMimeBundle(spec, { divId: 'plot-x' });
    expect(PLOTLY_MIME).toBe('application/vnd.plotly.v1+json');
    expect(Object.keys(bundle).sort()).toEqual(['application/vnd.plotly.v1+json', 'text/html', 'text/plain']);
    // JSON form: NaN becomes null (Plotly draws a gap), no config key when none was given.
    expect(bundle[PLOTLY_MIME]).toEqual({ data: [{ type: 'scatter', x: [1, 2], y: [3, null] }], layout: { title: { text: 'Fig. 1' } } });
    expect(bundle['text/html']).toContain('<div id="plot-x"');
    expect(bundle['text/plain']).toBe('<Plotly figure: 1 trace(s), "Fig. 1">');
  });

  it('keeps config and accepts a plain string title', () => {
    const bundle = figureMimeBundle({ data: [], layout: { title: 'T' }, config: { staticPlot: true } }, { divId: 'p' });
    expect(bundle[PLOTLY_MIME]).toEqual({ data: [], layout: { title: 'T' }, config: { staticPlot: true } });
    expect(bundle['text/plain']).toBe('<Plotly figure: 0 trace(s), "T">');
  });

  it('rejects a malformed spec', () => {
    expect(() => figureMimeBundle({ data: 1 as unknown as [], layout: {} }, { divId: 'p' })).toThrow(
      'figureMimeBundle requires spec.data to be an array of traces',
    );
  });
});
