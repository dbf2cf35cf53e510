import { FIGURE_DEFAULTS } from './figure-defaults.js';

/** Options of {@link referenceLineTrace}. */
export interface ReferenceLineOptions {
  /** Legend name, e.g. 'y = x' or 'y = 1/(1 − x)'. */
  name: string;
  /** Panel axes (default 'x' / 'y'). */
  xaxis?: string;
  yaxis?: string;
  /** Plotly dash (default FIGURE_DEFAULTS.referenceDash). */
  dash?: string;
  /** Line colour (default FIGURE_DEFAULTS.referenceColour). */
  colour?: string;
  /** Legend entry (default true). */
  showlegend?: boolean;
  /** Legend group, so one entry toggles the line in every panel. */
  legendgroup?: string;
}

/**
 * A reference curve as a line trace (y = x, y = 1/(1 − x), a fitted line): grey and dashed
 * by default, drawn under the data, with a legend entry naming it.
 *
 * @param x abscissae (at least 2, finite)
 * @param y ordinates, same length; null leaves a gap
 * @param options name, axes, dash, colour, legend entry
 * @returns the trace
 * @throws {Error} `referenceLineTrace requires x and y of the same length >= 2`
 * @example
 * referenceLineTrace([0, 1], [0, 1], { name: 'y = x' }).mode; // 'lines'
 */
export function referenceLineTrace(
  x: readonly number[],
  y: ReadonlyArray<number | null>,
  options: ReferenceLineOptions,
): Record<string, unknown> {
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.length < 2) {
    throw new Error('referenceLineTrace requires x and y of the same length >= 2');
  }
  const trace: Record<string, unknown> = {
    type: 'scatter',
    mode: 'lines',
    name: options.name,
    x: [...x],
    y: y.map((v) => (v === null || !Number.isFinite(v) ? null : v)),
    line: {
      color: options.colour ?? FIGURE_DEFAULTS.referenceColour,
      width: FIGURE_DEFAULTS.referenceWidth,
      dash: options.dash ?? FIGURE_DEFAULTS.referenceDash,
    },
    hoverinfo: 'name',
    showlegend: options.showlegend ?? true,
  };
  if (options.legendgroup) trace.legendgroup = options.legendgroup;
  if (options.xaxis && options.xaxis !== 'x') trace.xaxis = options.xaxis;
  if (options.yaxis && options.yaxis !== 'y') trace.yaxis = options.yaxis;
  return trace;
}
