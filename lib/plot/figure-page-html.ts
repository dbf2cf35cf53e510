import { escapeHtml } from '../util/escape-html.js';
import { checkFigureSpec } from './check-figure-spec.js';
import type { PlotlySource } from './figure-html-fragment.js';
import { figureHtmlFragment } from './figure-html-fragment.js';
import type { FigureMeta, FigureSpec } from './figure-spec.js';

/**
 * A standalone HTML page showing one interactive figure with its caption underneath.
 * Works offline either way: with `plotly` the text of plotly.min.js, it is inlined (a page of
 * about 4.8 MB); with `{ src }`, the page loads a plotly.js file shipped beside it.
 *
 * @param spec the figure
 * @param meta its id (page title, div id) and caption
 * @param plotly the plotly.js source to inline, or `{ src: url }` of a shared copy
 * @returns a complete HTML document
 * @throws {Error} `figurePageHtml requires ...` for a malformed spec or meta
 * @example
 * figurePageHtml(spec, { id: 'fig01-collapse', caption: 'Universal collapse' }, { src: 'plotly.min.js' });
 */
export function figurePageHtml(spec: FigureSpec, meta: FigureMeta, plotly: string | { src: string }): string {
  checkFigureSpec(spec, meta, 'figurePageHtml');
  const source: PlotlySource | null =
    typeof plotly === 'string' ? { inline: plotly } : plotly && typeof plotly.src === 'string' && plotly.src !== '' ? { src: plotly.src } : null;
  if (source === null) throw new Error('figurePageHtml requires the plotly.js source text or { src: url }');
  const divId = `plot-${meta.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(meta.id)}</title>`,
    '<style>body{font-family:sans-serif;margin:1.5em;}figure{margin:0;}figcaption{margin-top:.6em;color:#333;max-width:60em;}</style>',
    '</head>',
    '<body>',
    '<figure>',
    figureHtmlFragment(spec, 'inline' in source ? { divId, plotlyJs: source.inline } : { divId, plotlySrc: source.src }).trimEnd(),
    `<figcaption><strong>${escapeHtml(meta.id)}.</strong> ${escapeHtml(meta.caption)}</figcaption>`,
    '</figure>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
