import { FIGURE_DEFAULTS } from './figure-defaults.js';

/** One panel of a {@link facetGrid}: where it sits and which Plotly axes it uses. */
export interface FacetPanel {
  /** Panel number, row-major from the top left. */
  index: number;
  row: number;
  column: number;
  /** True when no panel lies below this one (its x axis title is drawn by facetAxes). */
  bottom: boolean;
  /** Trace axis references, e.g. 'x2' and 'y2' (the first panel uses 'x' and 'y'). */
  xaxis: string;
  yaxis: string;
  /** Layout keys of those axes, e.g. 'xaxis2' and 'yaxis2'. */
  xKey: string;
  yKey: string;
  /** Paper-fraction domains of the panel. */
  xDomain: [number, number];
  yDomain: [number, number];
}

/** Options of {@link facetGrid}. */
export interface FacetGridOptions {
  /** Panels per row (default min(count, 3)). */
  columns?: number;
  /** Panel titles, drawn as annotations above each panel. */
  titles?: readonly string[];
  /** Horizontal gap between panels (paper fraction, default 0.08). */
  xGap?: number;
  /** Vertical gap between panels (paper fraction, default 0.14). */
  yGap?: number;
  /** Relative row heights, top row first (default equal). */
  rowHeights?: readonly number[];
}

/**
 * Lays out `count` panels as Plotly subplots with explicit domains (small multiples), so many
 * groups can be shown without overlapping traces. Builders put each panel's axes at
 * `layout[panel.xKey]` / `layout[panel.yKey]` with the panel's domain and anchor, and set
 * `xaxis` / `yaxis` on its traces.
 *
 * @param count number of panels, >= 1
 * @param options columns, titles, gaps and row heights
 * @returns the panels and the title annotations
 * @throws {Error} `facetGrid requires ...` for a bad count, column count, gap or row heights
 * @example
 * const { panels } = facetGrid(2, { columns: 2 });
 * panels[1].xaxis; // 'x2'
 * panels[1].xDomain; // [0.54, 1]
 */
export function facetGrid(
  count: number,
  options: FacetGridOptions = {},
): { panels: FacetPanel[]; annotations: Array<Record<string, unknown>> } {
  if (!Number.isInteger(count) || count < 1) throw new Error('facetGrid requires an integer count >= 1');
  const columns = options.columns ?? Math.min(count, 3);
  if (!Number.isInteger(columns) || columns < 1) throw new Error('facetGrid requires an integer columns >= 1');
  const rows = Math.ceil(count / columns);
  const xGap = options.xGap ?? 0.08;
  const yGap = options.yGap ?? 0.14;
  if (!(xGap >= 0 && xGap < 1 && yGap >= 0 && yGap < 1)) throw new Error('facetGrid requires gaps in [0, 1)');
  const heights = options.rowHeights ?? Array.from({ length: rows }, () => 1);
  if (heights.length !== rows || heights.some((h) => !(h > 0))) {
    throw new Error(`facetGrid requires ${rows} positive row heights`);
  }
  const width = (1 - xGap * (columns - 1)) / columns;
  const usable = 1 - yGap * (rows - 1);
  const total = heights.reduce((a, b) => a + b, 0);
  const panels: FacetPanel[] = [];
  const annotations: Array<Record<string, unknown>> = [];
  for (let index = 0; index < count; index++) {
    const row = Math.floor(index / columns);
    const column = index % columns;
    const above = heights.slice(0, row).reduce((a, b) => a + b, 0);
    const top = 1 - (above / total) * usable - row * yGap;
    const bottom = top - (heights[row] / total) * usable;
    const x0 = column * (width + xGap);
    const suffix = index === 0 ? '' : String(index + 1);
    const panel: FacetPanel = {
      index,
      row,
      column,
      bottom: index + columns >= count,
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
      xKey: `xaxis${suffix}`,
      yKey: `yaxis${suffix}`,
      xDomain: [round(x0), round(Math.min(1, x0 + width))],
      yDomain: [round(Math.max(0, bottom)), round(top)],
    };
    panels.push(panel);
    const title = options.titles?.[index];
    if (title) {
      annotations.push({
        text: title,
        xref: 'paper',
        yref: 'paper',
        x: round((panel.xDomain[0] + panel.xDomain[1]) / 2),
        y: panel.yDomain[1],
        xanchor: 'center',
        yanchor: 'bottom',
        yshift: 4,
        showarrow: false,
        font: { size: FIGURE_DEFAULTS.panelTitleFontSize },
      });
    }
  }
  return { panels, annotations };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
