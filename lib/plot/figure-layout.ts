import { FIGURE_DEFAULTS, type ResolvedFigureOptions } from './figure-defaults.js';

/**
 * The layout every figure starts from: size, font, white background, title (omitted when
 * empty), margins, closest-point hover and a legend (title optional). `extra` is merged on top
 * (shallow), so builders add their axes, shapes and annotations there.
 *
 * @param options resolved builder options (size and title)
 * @param extra layout keys added or replaced by the builder
 * @param legendTitle optional legend title, e.g. 'verifier'
 * @returns a fresh Plotly layout object
 * @example
 * figureLayout(resolved, { xaxis: axisLayout('RPS (requests/s)') }, 'verifier').legend;
 * // { title: { text: 'verifier' }, ... }
 */
export function figureLayout(
  options: ResolvedFigureOptions,
  extra: Record<string, unknown>,
  legendTitle?: string,
): Record<string, unknown> {
  const d = FIGURE_DEFAULTS;
  const layout: Record<string, unknown> = {
    width: options.width,
    height: options.height,
    font: { family: d.fontFamily, size: d.fontSize, color: d.fontColour },
    margin: { ...d.margin, t: options.title ? d.margin.t : d.margin.t - 30 },
    paper_bgcolor: d.background,
    plot_bgcolor: d.background,
    hovermode: 'closest',
    hoverlabel: { namelength: -1 },
    // Builders put each series in its own legend group; no gap between groups keeps long legends on the page.
    legend: legendTitle ? { title: { text: legendTitle }, tracegroupgap: 0 } : { tracegroupgap: 0 },
  };
  if (options.title) {
    layout.title = { text: options.title, x: 0.01, xanchor: 'left', font: { size: d.titleFontSize } };
  }
  return { ...layout, ...extra };
}
