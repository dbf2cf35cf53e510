import { randomUUID } from 'node:crypto';
import { displayMimeBundle } from './display-mime-bundle.js';
import { readPlotlyJs } from './read-plotly-js.js';
import { checkFigureSpec } from '../plot/check-figure-spec.js';
import { figureMimeBundle } from '../plot/figure-mime-bundle.js';
import type { FigureSpec } from '../plot/figure-spec.js';

/** Options of {@link showFigure}. */
export interface ShowFigureOptions {
  /**
   * Inline plotly.js (about 4.8 MB) in the HTML fallback so that the output draws offline
   * in any viewer that runs scripts (nbconvert HTML). Default true. With false the fallback
   * draws only where Plotly is already loaded in the page.
   */
  includePlotlyJs?: boolean;
}

/**
 * Shows an interactive figure in a tslab notebook cell: one output carrying the Plotly MIME
 * type (drawn natively by JupyterLab's Plotly renderer and VS Code) and an HTML fallback that
 * draws it with plotly.js. Writes no file (lib/io/create-figure-writer.ts does that).
 *
 * @param spec the figure
 * @param options whether to inline plotly.js in the fallback
 * @throws {Error} `showFigure requires ...` for a malformed spec;
 *   `displayMimeBundle requires a running tslab kernel` outside a notebook
 * @example
 * // in a notebook cell
 * showFigure(collapseFigure(fits));
 */
export function showFigure(spec: FigureSpec, options: ShowFigureOptions = {}): void {
  checkFigureSpec(spec, undefined, 'showFigure');
  const plotlyJs = options.includePlotlyJs === false ? undefined : readPlotlyJs();
  displayMimeBundle(figureMimeBundle(spec, { divId: `plot-${randomUUID()}`, plotlyJs }));
}
