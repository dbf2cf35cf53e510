import { checkFigureSpec } from './check-figure-spec.js';
import { figureHtmlFragment } from './figure-html-fragment.js';
import type { FigureSpec } from './figure-spec.js';

/** The MIME type JupyterLab (with its Plotly renderer) and VS Code draw natively. */
export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

/** Options of {@link figureMimeBundle}. */
export interface FigureMimeBundleOptions {
  /** DOM id for the HTML fallback's div (unique within the notebook). */
  divId: string;
  /** plotly.js source inlined in the HTML fallback; omit to rely on an already-loaded Plotly. */
  plotlyJs?: string;
}

/**
 * The Jupyter display bundle of a figure: the Plotly MIME (the figure itself, for frontends
 * with a Plotly renderer), an HTML fallback drawing it with Plotly (nbconvert's HTML export,
 * frontends without the renderer) and a one-line text/plain. Frontends pick the richest one.
 *
 * @param spec the figure
 * @param options the fallback's div id and plotly.js source
 * @returns `{ [mime]: content }`
 * @throws {Error} `figureMimeBundle requires ...` for a malformed spec
 * @example
 * const bundle = figureMimeBundle(spec, { divId: 'fig-1' });
 * Object.keys(bundle); // ['application/vnd.plotly.v1+json', 'text/html', 'text/plain']
 */
export function figureMimeBundle(spec: FigureSpec, options: FigureMimeBundleOptions): Record<string, unknown> {
  checkFigureSpec(spec, undefined, 'figureMimeBundle');
  const figure: Record<string, unknown> = { data: spec.data, layout: spec.layout };
  if (spec.config !== undefined) figure.config = spec.config;
  const title = plainTitle(spec.layout.title);
  return {
    [PLOTLY_MIME]: JSON.parse(JSON.stringify(figure)),
    'text/html': figureHtmlFragment(spec, options),
    'text/plain': `<Plotly figure: ${spec.data.length} trace(s)${title ? `, "${title}"` : ''}>`,
  };
}

function plainTitle(title: unknown): string {
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object' && typeof (title as { text?: unknown }).text === 'string') {
    return (title as { text: string }).text;
  }
  return '';
}
