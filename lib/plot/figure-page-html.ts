import { escapeHtml } from '../util/escape-html.js';
import { checkFigureSpec } from './check-figure-spec.js';
import { figureHtmlFragment } from './figure-html-fragment.js';
import type { FigureMeta, FigureSpec } from './figure-spec.js';

/**
 * A standalone HTML page showing one interactive figure with its caption underneath.
 * Works offline when `plotlyJs` (the text of plotly.min.js) is given: it is inlined.
 *
 * @param spec the figure
 * @param meta its id (page title, div id) and caption
 * @param plotlyJs the plotly.js source to inline
 * @returns a complete HTML document
 * @throws {Error} `figurePageHtml requires ...` for a malformed spec or meta
 * @example
 * figurePageHtml(spec, { id: 'fig01-collapse', caption: 'Universal collapse' }, readPlotlyJs());
 */
export function figurePageHtml(spec: FigureSpec, meta: FigureMeta, plotlyJs: string): string {
  checkFigureSpec(spec, meta, 'figurePageHtml');
  if (typeof plotlyJs !== 'string') throw new Error('figurePageHtml requires the plotly.js source text');
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
    figureHtmlFragment(spec, { divId: `plot-${meta.id.replace(/[^A-Za-z0-9_-]/g, '_')}`, plotlyJs }).trimEnd(),
    `<figcaption><strong>${escapeHtml(meta.id)}.</strong> ${escapeHtml(meta.caption)}</figcaption>`,
    '</figure>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
