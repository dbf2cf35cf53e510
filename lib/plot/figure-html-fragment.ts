import { escapeHtml } from '../util/escape-html.js';
import { jsonForScript } from '../util/json-for-script.js';
import { checkFigureSpec } from './check-figure-spec.js';
import type { FigureSpec } from './figure-spec.js';

/** Options of {@link figureHtmlFragment}. */
export interface FigureHtmlFragmentOptions {
  /** DOM id of the plot's div; must be unique in the page. */
  divId: string;
  /**
   * Source of plotly.js (plotly.min.js) to inline, run only if `window.Plotly` is not yet
   * defined; omit when the page already loads Plotly.
   */
  plotlyJs?: string;
  /** URL of a plotly.js file to load instead of inlining it (e.g. 'plotly.min.js' beside the page). */
  plotlySrc?: string;
}

/** How a page gets plotly.js: its source inlined, or a URL to load it from. */
export type PlotlySource = { inline: string } | { src: string };

/**
 * The script element that loads plotly.js: inline source (run only when `window.Plotly` is not
 * yet defined) or a `<script src>` pointing at a shared file.
 *
 * @param plotly `{ inline: source }` or `{ src: url }`
 * @returns one `<script>` element
 * @throws {Error} `plotlyScriptTag requires { inline } or { src }` otherwise
 * @example
 * plotlyScriptTag({ src: '../figures/plotly.min.js' });
 * // '<script type="text/javascript" src="../figures/plotly.min.js" charset="utf-8"></script>'
 */
export function plotlyScriptTag(plotly: PlotlySource): string {
  if (plotly && 'src' in plotly && typeof plotly.src === 'string' && plotly.src !== '') {
    return `<script type="text/javascript" src="${escapeHtml(plotly.src)}" charset="utf-8"></script>`;
  }
  if (plotly && 'inline' in plotly && typeof plotly.inline === 'string') {
    return `<script type="text/javascript">if (typeof window.Plotly === 'undefined') {\n${plotly.inline}\n}</script>`;
  }
  throw new Error('plotlyScriptTag requires { inline: source } or { src: url }');
}

/**
 * An HTML fragment that draws a figure with Plotly: an optional inline plotly.js, a div
 * and a script calling `Plotly.newPlot`. Without `layout.width` / `layout.height` the
 * plot fills its container's width and is 450 px high; `config.responsive` defaults to true.
 *
 * @param spec the figure
 * @param options the div id and, optionally, the plotly.js source to inline or its URL
 * @returns HTML text
 * @throws {Error} `figureHtmlFragment requires ...` for a malformed spec or a bad divId
 * @example
 * figureHtmlFragment({ data: [], layout: {} }, { divId: 'fig01' });
 * // '<div id="fig01" class="speclat-plot"></div>\n<script>...Plotly.newPlot(...)...</script>\n'
 */
export function figureHtmlFragment(spec: FigureSpec, options: FigureHtmlFragmentOptions): string {
  checkFigureSpec(spec, undefined, 'figureHtmlFragment');
  if (!options || typeof options.divId !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(options.divId)) {
    throw new Error('figureHtmlFragment requires a divId of letters, digits, _ and -, starting with a letter');
  }
  const width = typeof spec.layout.width === 'number' ? `${spec.layout.width}px` : '100%';
  const height = typeof spec.layout.height === 'number' ? `${spec.layout.height}px` : '450px';
  const config = { responsive: true, displaylogo: false, ...(spec.config ?? {}) };
  const parts: string[] = [];
  if (options.plotlyJs !== undefined && options.plotlySrc !== undefined) {
    throw new Error('figureHtmlFragment requires plotlyJs or plotlySrc, not both');
  }
  if (options.plotlyJs !== undefined) parts.push(plotlyScriptTag({ inline: options.plotlyJs }));
  if (options.plotlySrc !== undefined) parts.push(plotlyScriptTag({ src: options.plotlySrc }));
  parts.push(
    `<div id="${escapeHtml(options.divId)}" class="speclat-plot" style="width:${width};height:${height};"></div>`,
    '<script type="text/javascript">(function () {' +
      `var el = document.getElementById(${jsonForScript(options.divId)});` +
      `window.Plotly.newPlot(el, ${jsonForScript(spec.data)}, ${jsonForScript(spec.layout)}, ${jsonForScript(config)});` +
      '})();</script>',
  );
  return parts.join('\n') + '\n';
}
