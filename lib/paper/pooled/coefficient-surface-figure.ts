import { checkInputRows } from '../../plot/check-input-rows.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The per-setting Eq. 1 fit of one (alpha, k) setting. */
export interface CoefficientSurfaceRow {
  alpha: number;
  k: number;
  /** Fitted C1 (s). */
  c1: number;
  /** Fitted C2 (s per concurrent request). */
  c2: number;
}

/** Options of {@link coefficientSurfaceFigure}. */
export interface CoefficientSurfaceFigureOptions extends FigureOptions {
  /** The system shown, e.g. 'Qwen3-8B + EAGLE-3, 512/128'. */
  system?: string;
}

/**
 * Fig. 4b: per-setting fitted C1 (left) and C2 (right) against k, one line per alpha
 * (viridis, ordered by alpha): both vary smoothly with (alpha, k), which the six-coefficient
 * form of Eq. 3 captures.
 *
 * @param rows per-setting fits
 * @param options dataLabel (required), system, id, title, caption, size
 * @returns the figure (id 'fig04b-coefficient-surface' by default)
 * @throws {Error} `coefficientSurfaceFigure requires ...` for empty or malformed rows
 * @example
 * coefficientSurfaceFigure([{ alpha: 0.8, k: 2, c1: 2.1, c2: 0.05 }], { dataLabel: 'simulated' });
 */
export function coefficientSurfaceFigure(
  rows: readonly CoefficientSurfaceRow[],
  options: CoefficientSurfaceFigureOptions,
): Figure {
  const fn = 'coefficientSurfaceFigure';
  const o = withDefaults(fn, options, { id: 'fig04b-coefficient-surface', title: 'Per-setting C₁ and C₂ against k' });
  checkInputRows(fn, 'rows', rows, { numbers: ['alpha', 'k', 'c1', 'c2'] });
  const lines = groupSorted(rows, (r) => `α = ${r.alpha.toFixed(2)}`);
  const styles = seriesStyles(lines.length, 'sequential');
  const grid = facetGrid(2, { columns: 2, titles: ['load-independent C₁', 'load-dependent C₂'], xGap: 0.1 });
  const data: Array<Record<string, unknown>> = [];
  lines.forEach((line, i) => {
    const sorted = [...line.items].sort((a, b) => a.k - b.k);
    (['c1', 'c2'] as const).forEach((field, fi) => {
      data.push(
        seriesTrace('lines+markers', {
          name: line.key,
          x: sorted.map((r) => r.k),
          y: sorted.map((r) => r[field]),
          style: styles[i],
          xaxis: grid.panels[fi].xaxis,
          yaxis: grid.panels[fi].yaxis,
          legendgroup: line.key,
          showlegend: fi === 0,
          text: sorted.map((r) =>
            hoverText([
              ['α', r.alpha],
              ['k', r.k],
              [field === 'c1' ? 'C₁ (s)' : 'C₂ (s/request)', r[field]],
            ]),
          ),
        }),
      );
    });
  });
  const ks = [...new Set(rows.map((r) => r.k))].sort((a, b) => a - b);
  const system = options.system ? ` of ${options.system}` : '';
  const caption =
    o.caption ??
    `Per-setting Eq. 1 coefficients (Fig. 4b) on ${o.dataLabel}: C1 (left, s) and C2 (right, s/request) fitted ` +
      `separately for each of ${rows.length} (α, k) settings${system}, against k ∈ {${ks.join(', ')}}, one line per α (${lines.length} values).`;
  const layout = figureLayout(
    o,
    {
      ...facetAxes(grid.panels[0], 'draft length k (tokens per cycle)', 'C₁ (s)', { dtick: 1 }),
      ...facetAxes(grid.panels[1], 'draft length k (tokens per cycle)', 'C₂ (s/request)', { dtick: 1 }),
      annotations: grid.annotations,
    },
    'acceptance',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
