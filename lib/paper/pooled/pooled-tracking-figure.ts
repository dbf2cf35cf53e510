import { checkInputRows } from '../../plot/check-input-rows.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { referenceLineTrace } from '../../plot/reference-line-trace.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';
import { trackingGaps } from './tracking-gaps.js';

/** Per-setting Eq. 1 fit and the pooled Eq. 3 values for one (alpha, k) setting. */
export interface PooledTrackingRow {
  /** Setting label for hover, e.g. 'α = 0.70, k = 3'. */
  setting: string;
  /** Colour group, e.g. 'k = 3' (default: one group). */
  group?: string;
  /** C1 fitted to this setting alone (s). */
  c1Fit: number;
  /** C2 fitted to this setting alone (s/request). */
  c2Fit: number;
  /** C1_eff from the pooled six coefficients (s). */
  c1Eff: number;
  /** C2_eff from the pooled six coefficients (s/request). */
  c2Eff: number;
}

/** Options of {@link pooledTrackingFigure}. */
export interface PooledTrackingFigureOptions extends FigureOptions {
  system?: string;
  /** Legend title (default 'group'). */
  legendTitle?: string;
  /** Palette (default 'auto'). */
  colours?: 'categorical' | 'sequential' | 'auto';
}

/**
 * Fig. 4d: the pooled-fit C1_eff and C2_eff (Eq. 3, six coefficients for all settings) against
 * the C1 and C2 fitted to each setting alone, with y = x in each panel; points on the line
 * mean the pooled model tracks the per-setting fits. The caption gives the median relative gap.
 *
 * @param rows per-setting pairs
 * @param options dataLabel (required), system, legendTitle, colours, id, title, caption, size
 * @returns the figure (id 'fig04d-pooled-tracking' by default)
 * @throws {Error} `pooledTrackingFigure requires ...` for empty or malformed rows
 * @example
 * pooledTrackingFigure([{ setting: 'α=0.7,k=2', c1Fit: 2, c2Fit: 0.1, c1Eff: 2.1, c2Eff: 0.1 }], { dataLabel: 'simulated' });
 */
export function pooledTrackingFigure(rows: readonly PooledTrackingRow[], options: PooledTrackingFigureOptions): Figure {
  const fn = 'pooledTrackingFigure';
  const o = withDefaults(fn, options, { id: 'fig04d-pooled-tracking', title: 'Pooled Eq. 3 values against per-setting fits' });
  checkInputRows(fn, 'rows', rows, {
    numbers: ['c1Fit', 'c2Fit', 'c1Eff', 'c2Eff'],
    strings: ['setting'],
    optionalStrings: ['group'],
  });
  const groups = groupSorted(rows, (r) => r.group ?? 'settings');
  const styles = seriesStyles(groups.length, options.colours ?? 'auto');
  const grid = facetGrid(2, { columns: 2, titles: ['C₁ (load-independent)', 'C₂ (load-dependent)'], xGap: 0.1 });
  const data: Array<Record<string, unknown>> = [];
  const pairs = [
    { fit: 'c1Fit' as const, eff: 'c1Eff' as const, unit: 's', name: 'C₁' },
    { fit: 'c2Fit' as const, eff: 'c2Eff' as const, unit: 's/request', name: 'C₂' },
  ];
  groups.forEach((g, i) => {
    pairs.forEach((p, pi) => {
      data.push(
        seriesTrace('markers', {
          name: g.key,
          x: g.items.map((r) => r[p.fit]),
          y: g.items.map((r) => r[p.eff]),
          style: styles[i],
          xaxis: grid.panels[pi].xaxis,
          yaxis: grid.panels[pi].yaxis,
          legendgroup: g.key,
          showlegend: pi === 0,
          text: g.items.map((r) =>
            hoverText([
              ['setting', r.setting],
              [`per-setting ${p.name} (${p.unit})`, r[p.fit]],
              [`pooled ${p.name}_eff (${p.unit})`, r[p.eff]],
            ]),
          ),
        }),
      );
    });
  });
  pairs.forEach((p, pi) => {
    const values = rows.flatMap((r) => [r[p.fit], r[p.eff]]);
    const lo = Math.min(0, ...values);
    const hi = Math.max(...values) * 1.05 || 1;
    data.push(
      referenceLineTrace([lo, hi], [lo, hi], {
        name: 'y = x',
        xaxis: grid.panels[pi].xaxis,
        yaxis: grid.panels[pi].yaxis,
        legendgroup: 'y = x',
        showlegend: pi === 0,
      }),
    );
  });
  const gaps = trackingGaps(rows);
  const system = options.system ? ` of ${options.system}` : '';
  const caption =
    o.caption ??
    `Pooled against per-setting coefficients (Fig. 4d) on ${o.dataLabel}: for ${rows.length} (α, k) settings${system}, ` +
      `C1_eff and C2_eff from the six coefficients of Eq. 3 fitted jointly, against C1 and C2 fitted to each setting alone; ` +
      `dashed y = x. Median relative gap: C1 ${formatNumber(gaps.c1Pct)}%, C2 ${formatNumber(gaps.c2Pct)}%.`;
  const layout = figureLayout(
    o,
    {
      ...facetAxes(grid.panels[0], 'per-setting fit C₁ (s)', 'pooled C<sub>1,eff</sub> (s)', { rangemode: 'tozero' }, { rangemode: 'tozero' }),
      ...facetAxes(grid.panels[1], 'per-setting fit C₂ (s/request)', 'pooled C<sub>2,eff</sub> (s/request)', { rangemode: 'tozero' }, { rangemode: 'tozero' }),
      annotations: grid.annotations,
    },
    options.legendTitle ?? 'group',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
