import { FIGURE_DEFAULTS } from './figure-defaults.js';
import type { SeriesStyle } from './series-styles.js';

/** Options of {@link seriesTrace}. */
export interface SeriesTraceOptions {
  /** Legend and hover name. */
  name: string;
  x: ReadonlyArray<number | string | null>;
  y: ReadonlyArray<number | string | null>;
  /** Hover text per point (see hoverText); when given, hover shows only it. */
  text?: readonly string[];
  style: SeriesStyle;
  /** Override the style's dash (lines only). */
  dash?: string;
  /** Panel axes (default 'x' / 'y'). */
  xaxis?: string;
  yaxis?: string;
  /** Legend entry (default true). */
  showlegend?: boolean;
  /** Groups traces under one legend entry (e.g. points and fitted curve of one setting). */
  legendgroup?: string;
  /** Plotly line shape, e.g. 'hv' for steps. */
  lineShape?: string;
}

/**
 * A data trace in the project's style: markers (measured), lines (models) or both, coloured
 * by a {@link SeriesStyle}. Non-finite numbers become null (a gap), so the spec stays JSON.
 *
 * @param mode 'markers', 'lines' or 'lines+markers'
 * @param options name, data, hover text, style, axes and legend settings
 * @returns the Plotly trace
 * @throws {Error} `seriesTrace requires x and y of the same non-zero length` (no empty traces)
 * @example
 * seriesTrace('markers', { name: 'Qwen3-8B', x: [1], y: [2], style: seriesStyles(1)[0] }).type; // 'scatter'
 */
export function seriesTrace(mode: 'markers' | 'lines' | 'lines+markers', options: SeriesTraceOptions): Record<string, unknown> {
  const { x, y } = options;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.length === 0) {
    throw new Error('seriesTrace requires x and y of the same non-zero length');
  }
  const d = FIGURE_DEFAULTS;
  const trace: Record<string, unknown> = {
    type: 'scatter',
    mode,
    name: options.name,
    x: x.map(clean),
    y: y.map(clean),
    showlegend: options.showlegend ?? true,
  };
  if (mode !== 'lines') {
    trace.marker = {
      color: options.style.colour,
      symbol: options.style.symbol,
      size: d.markerSize,
      opacity: d.markerOpacity,
      line: { width: 0.5, color: '#ffffff' },
    };
  }
  if (mode !== 'markers') {
    const line: Record<string, unknown> = {
      color: options.style.colour,
      width: d.lineWidth,
      dash: options.dash ?? options.style.dash,
    };
    if (options.lineShape) line.shape = options.lineShape;
    trace.line = line;
  }
  if (options.text) {
    if (options.text.length !== x.length) throw new Error('seriesTrace requires one hover text per point');
    trace.text = [...options.text];
    trace.hovertemplate = '%{text}<extra></extra>';
  }
  if (options.legendgroup !== undefined) trace.legendgroup = options.legendgroup;
  if (options.xaxis && options.xaxis !== 'x') trace.xaxis = options.xaxis;
  if (options.yaxis && options.yaxis !== 'y') trace.yaxis = options.yaxis;
  return trace;
}

function clean(value: number | string | null): number | string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
