import { describe, expect, it } from 'vitest';
import { figureHtmlFragment, plotlyScriptTag } from '../../lib/plot/figure-html-fragment.js';

const spec = { data: [{ type: 'bar', x: ['a'], y: [1], name: '</script>' }], layout: { width: 600, height: 300 } };

/** Runs the fragment's scripts against a fake Plotly and DOM; returns the newPlot calls. */
function runFragment(html: string, plotlyDefined: boolean): Array<{ el: unknown; data: unknown; layout: unknown; config: unknown }> {
  const calls: Array<{ el: unknown; data: unknown; layout: unknown; config: unknown }> = [];
  const window: Record<string, unknown> = {};
  if (plotlyDefined) window.Plotly = { newPlot: (el: unknown, data: unknown, layout: unknown, config: unknown) => calls.push({ el, data, layout, config }) };
  const document = { getElementById: (id: string) => ({ id }) };
  const scripts = [...html.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  for (const s of scripts) new Function('window', 'document', s)(window, document);
  return calls;
}

describe('figureHtmlFragment', () => {
  it('makes a sized div and a newPlot call with the spec, escaping script-closing text', () => {
    const html = figureHtmlFragment(spec, { divId: 'fig-1' });
    expect(html).toContain('<div id="fig-1" class="speclat-plot" style="width:600px;height:300px;"></div>');
    expect(html).not.toContain('</script><');
    const calls = runFragment(html, true);
    expect(calls).toHaveLength(1);
    expect(calls[0].el).toEqual({ id: 'fig-1' });
    expect(calls[0].data).toEqual(spec.data);
    expect(calls[0].layout).toEqual(spec.layout);
    expect(calls[0].config).toEqual({ responsive: true, displaylogo: false });
  });

  it('fills the width and keeps user config over the defaults', () => {
    const html = figureHtmlFragment({ data: [], layout: {}, config: { displaylogo: true } }, { divId: 'p' });
    expect(html).toContain('style="width:100%;height:450px;"');
    expect(runFragment(html, true)[0].config).toEqual({ responsive: true, displaylogo: true });
  });

  it('inlines plotly.js guarded so that it loads only when Plotly is absent', () => {
    const fake = "window.Plotly = { newPlot: function () { window.loaded = (window.loaded || 0) + 1; } };";
    const html = figureHtmlFragment(spec, { divId: 'p', plotlyJs: fake });
    expect(html.indexOf(fake)).toBeGreaterThan(-1);
    expect(html.indexOf(fake)).toBeLessThan(html.indexOf('<div'));
    const scripts = [...html.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const run = (window: Record<string, unknown>): void => {
      for (const s of scripts) new Function('window', 'document', s)(window, { getElementById: () => ({}) });
    };
    const fresh: Record<string, unknown> = {};
    run(fresh);
    expect(fresh.loaded).toBe(1); // loaded the inline copy, then drew with it
    let drawn = 0;
    const existing: Record<string, unknown> = { Plotly: { newPlot: () => drawn++ } };
    run(existing);
    expect(existing.loaded).toBeUndefined(); // the inline copy did not replace the page's Plotly
    expect(drawn).toBe(1);
  });

  it('loads plotly.js from a URL before the plot when plotlySrc is given, and takes only one source', () => {
    const html = figureHtmlFragment(spec, { divId: 'p', plotlySrc: '../figures/plotly.min.js?v=1&x' });
    const tag = '<script type="text/javascript" src="../figures/plotly.min.js?v=1&amp;x" charset="utf-8"></script>';
    expect(html.indexOf(tag)).toBeGreaterThan(-1);
    expect(html.indexOf(tag)).toBeLessThan(html.indexOf('<div'));
    expect(() => figureHtmlFragment(spec, { divId: 'p', plotlySrc: 'a.js', plotlyJs: '' })).toThrow('figureHtmlFragment requires plotlyJs or plotlySrc, not both');
    expect(() => plotlyScriptTag({ src: '' })).toThrow('plotlyScriptTag requires { inline: source } or { src: url }');
  });

  it('rejects unsafe div ids and malformed specs', () => {
    expect(() => figureHtmlFragment(spec, { divId: 'a"b' })).toThrow('figureHtmlFragment requires a divId');
    expect(() => figureHtmlFragment({ data: [], layout: null as unknown as Record<string, unknown> }, { divId: 'p' })).toThrow(
      'figureHtmlFragment requires spec.layout to be an object',
    );
  });
});
