import { FIGURE_DEFAULTS } from './figure-defaults.js';

/**
 * A Plotly layout shape drawing a horizontal reference line across a whole panel at height
 * `y` (e.g. S = 1, C1R = 1, R² = 0.97). A shape, not a trace: it never adds a legend entry.
 *
 * @param y the height in data units of the panel's y axis
 * @param axes the panel's trace axis references (default 'x' and 'y')
 * @param dash Plotly dash style (default FIGURE_DEFAULTS.referenceDash)
 * @returns the shape object for layout.shapes
 * @throws {Error} `horizontalLineShape requires a finite y`
 * @example
 * horizontalLineShape(1, { xaxis: 'x2', yaxis: 'y2' }).xref; // 'x2 domain'
 */
export function horizontalLineShape(
  y: number,
  axes: { xaxis: string; yaxis: string } = { xaxis: 'x', yaxis: 'y' },
  dash: string = FIGURE_DEFAULTS.referenceDash,
): Record<string, unknown> {
  if (!Number.isFinite(y)) throw new Error('horizontalLineShape requires a finite y');
  return {
    type: 'line',
    xref: `${axes.xaxis} domain`,
    x0: 0,
    x1: 1,
    yref: axes.yaxis,
    y0: y,
    y1: y,
    line: { color: FIGURE_DEFAULTS.referenceColour, width: FIGURE_DEFAULTS.referenceWidth, dash },
  };
}
