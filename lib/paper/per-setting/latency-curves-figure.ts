import { eq1LatencyCore } from '../../model/eq1-latency.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { linspace } from '../../util/linspace.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** One measured load level of one setting. */
export interface LatencyCurvePoint {
  /** The setting's series label, e.g. 'k = 3' (colour). */
  series: string;
  /** Optional panel label, e.g. 'α = 0.70' (one panel per distinct value). */
  facet?: string;
  /** Measured request rate (requests/s). */
  rps: number;
  /** Measured mean latency (s). */
  latencyS: number;
}

/** The Eq. 1 fit of one setting. */
export interface LatencyCurveFit {
  series: string;
  facet?: string;
  /** Load-independent demand C1 (s), > 0. */
  c1: number;
  /** Load-dependent demand C2 (s per concurrent request), >= 0. */
  c2: number;
}

/** Options of {@link latencyCurvesFigure}. */
export interface LatencyCurvesFigureOptions extends FigureOptions {
  /** What the fits are, for the caption (default 'Eq. 1 fitted separately per setting'). */
  fitLabel?: string;
  /** Legend title (default 'setting'). */
  legendTitle?: string;
  /** Palette (default 'auto': sequential past 7 series, right for ordered k). */
  colours?: 'categorical' | 'sequential' | 'auto';
  /** Panels per row when faceted (default min(panels, 4)). */
  columns?: number;
}

/**
 * Fig. 2a: measured mean latency against request rate for each setting (markers) with its own
 * fitted Eq. 1 curve L = C1 / (1 − RPS·C2) (line, same colour). Speculative decoding changes
 * C1 and C2, not the curve's shape. Many settings: colour by k (series) and one panel per
 * alpha (facet); panels share their axes. Curves run from RPS = 0 to 1.1 × the highest
 * measured rate of the setting, stopping at 98% of the saturation rate 1/C2 (a fit without
 * points runs to that 98%).
 *
 * @param data `{ points, fits }`; a series may have points, a fit or both
 * @param options dataLabel (required), fitLabel, legendTitle, colours, columns, id, title, caption, size
 * @returns the figure (id 'fig02a-latency-curves' by default)
 * @throws {Error} `latencyCurvesFigure requires ...` for malformed rows, c1 <= 0, c2 < 0, or no data at all
 * @example
 * latencyCurvesFigure(
 *   { points: [{ series: 'k = 2', rps: 1, latencyS: 2.2 }], fits: [{ series: 'k = 2', c1: 2, c2: 0.1 }] },
 *   { dataLabel: 'simulated' },
 * );
 */
export function latencyCurvesFigure(
  data: { points: readonly LatencyCurvePoint[]; fits: readonly LatencyCurveFit[] },
  options: LatencyCurvesFigureOptions,
): Figure {
  const fn = 'latencyCurvesFigure';
  const o = withDefaults(fn, options, { id: 'fig02a-latency-curves', title: 'Eq. 1 fitted per setting' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, fits }`);
  const { points, fits } = data;
  checkInputRows(fn, 'points', points, { numbers: ['rps', 'latencyS'], strings: ['series'], optionalStrings: ['facet'], minRows: 0 });
  checkInputRows(fn, 'fits', fits, { numbers: ['c1', 'c2'], strings: ['series'], optionalStrings: ['facet'], minRows: 0 });
  if (points.length + fits.length === 0) throw new Error(`${fn} requires at least one point or fit`);
  fits.forEach((f, i) => {
    if (!(f.c1 > 0) || !(f.c2 >= 0)) throw new Error(`${fn} requires fits[${i}] with c1 > 0 and c2 >= 0`);
  });
  const facetOf = (r: { facet?: string }): string => r.facet ?? '';
  const seriesNames = [...new Set([...points.map((p) => p.series), ...fits.map((f) => f.series)])].sort(naturalCompare);
  const styles = seriesStyles(seriesNames.length, options.colours ?? 'auto');
  const styleOf = new Map(seriesNames.map((s, i) => [s, styles[i]]));
  const facets = [...new Set([...points.map(facetOf), ...fits.map(facetOf)])].sort(naturalCompare);
  const faceted = facets.length > 1 || facets[0] !== '';
  const grid = facetGrid(facets.length, {
    columns: options.columns ?? Math.min(facets.length, 4),
    titles: faceted ? facets : undefined,
    yGap: 0.16,
  });
  const traces: Array<Record<string, unknown>> = [];
  const legendShown = new Set<string>();
  const layoutAxes: Record<string, unknown> = {};
  facets.forEach((facet, fi) => {
    const panel = grid.panels[fi];
    const axes = { xaxis: panel.xaxis, yaxis: panel.yaxis };
    const facetPoints = groupSorted(points.filter((p) => facetOf(p) === facet), (p) => p.series);
    const facetFits = fits.filter((f) => facetOf(f) === facet);
    for (const series of seriesNames) {
      const own = facetPoints.find((g) => g.key === series)?.items ?? [];
      const fit = facetFits.find((f) => f.series === series);
      const style = styleOf.get(series)!;
      if (own.length > 0) {
        traces.push(
          seriesTrace('markers', {
            name: series,
            x: own.map((p) => p.rps),
            y: own.map((p) => p.latencyS),
            style,
            ...axes,
            legendgroup: series,
            showlegend: !legendShown.has(series),
            text: own.map((p) =>
              hoverText([['setting', series], ['panel', p.facet], ['RPS (requests/s)', p.rps], ['measured L (s)', p.latencyS]]),
            ),
          }),
        );
        legendShown.add(series);
      }
      if (fit) {
        const saturation = fit.c2 > 0 ? 0.98 / fit.c2 : Infinity;
        const measuredEnd = own.length > 0 ? 1.1 * Math.max(...own.map((p) => p.rps)) : Infinity;
        let end = Math.min(saturation, measuredEnd);
        if (!Number.isFinite(end) || end <= 0) end = 1; // no load information at all: draw up to 1 request/s
        const xs = linspace(0, end, FIGURE_DEFAULTS.curveSamples);
        traces.push(
          seriesTrace('lines', {
            name: `${series} Eq. 1 fit`,
            x: xs,
            y: xs.map((x) => eq1LatencyCore(x, fit.c1, fit.c2)),
            style,
            ...axes,
            legendgroup: series,
            showlegend: !legendShown.has(series),
            text: xs.map((x) =>
              hoverText([
                ['Eq. 1 fit', series],
                ['C₁ (s)', fit.c1],
                ['C₂ (s/request)', fit.c2],
                ['RPS (requests/s)', x],
                ['L (s)', eq1LatencyCore(x, fit.c1, fit.c2)],
              ]),
            ),
          }),
        );
        legendShown.add(series);
      }
    }
    Object.assign(
      layoutAxes,
      facetAxes(
        panel,
        faceted ? 'RPS (requests/s)' : 'request rate RPS (requests/s)',
        'mean latency L (s)',
        fi === 0 ? { rangemode: 'tozero' } : { matches: 'x' },
        fi === 0 ? { rangemode: 'tozero' } : { matches: 'y' },
        false,
      ),
    );
  });
  const caption =
    o.caption ??
    `Per-setting Eq. 1 fits (Fig. 2a) on ${o.dataLabel}: markers are measured mean latencies, lines ` +
      `L = C1 / (1 − RPS·C2) with C1 and C2 from ${options.fitLabel ?? 'Eq. 1 fitted separately per setting'} ` +
      `(${fits.length} fit(s), ${points.length} point(s), ${seriesNames.length} series` +
      (faceted ? `, ${facets.length} panels` : '') +
      `). Curves end at 1.1 × the highest measured rate or at 98% of saturation.`;
  const layout = figureLayout(
    o,
    { ...layoutAxes, ...(faceted ? { annotations: grid.annotations } : {}) },
    options.legendTitle ?? 'setting',
  );
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
