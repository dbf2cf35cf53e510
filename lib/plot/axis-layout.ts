import { FIGURE_DEFAULTS } from './figure-defaults.js';

/**
 * A styled Plotly axis with a title: framed, outside ticks, light grid, no zero line.
 * The title should carry the unit, e.g. 'request rate RPS (requests/s)'.
 *
 * @param title the axis title, with units
 * @param extra Plotly axis keys to add or override (type: 'log', range, domain, anchor, matches ...)
 * @returns a fresh axis object
 * @throws {Error} `axisLayout requires a non-empty title` (every axis states what it shows)
 * @example
 * axisLayout('model parameters (billions)', { type: 'log' }).type; // 'log'
 */
export function axisLayout(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  if (typeof title !== 'string' || title.trim() === '') throw new Error('axisLayout requires a non-empty title');
  return {
    title: { text: title, standoff: 6 },
    showline: true,
    linecolor: FIGURE_DEFAULTS.axisLineColour,
    linewidth: 1,
    mirror: true,
    ticks: 'outside',
    gridcolor: FIGURE_DEFAULTS.gridColour,
    zeroline: false,
    automargin: true,
    ...extra,
  };
}
