import { eq1LatencyCore } from '../../model/eq1-latency.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import { axisLayout } from '../../plot/axis-layout.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { linspace } from '../../util/linspace.js';
import { referenceLineTrace } from '../../plot/reference-line-trace.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** One measured load level of one (alpha, k) setting. */
export interface PooledVsSinglePoint {
  /** Series label, e.g. 'k = 4' or 'α = 0.7, k = 4'. */
  series: string;
  rps: number;
  latencyS: number;
}

/** One Eq. 1 pair fitted to all settings at once, with its fit quality. */
export interface SingleEq1Fit {
  /** C1 (s), > 0. */
  c1: number;
  /** C2 (s per concurrent request), >= 0. */
  c2: number;
  /** R² of the fit over all points, when known. */
  r2?: number;
  /** Mean absolute percentage error (%), when known. */
  mapePct?: number;
}

/** Options of {@link pooledVsSingleFigure}. */
export interface PooledVsSingleFigureOptions extends FigureOptions {
  /** The system shown, e.g. 'Qwen3-8B + EAGLE-3, 512/128'. */
  system?: string;
  /** Legend title (default 'setting'). */
  legendTitle?: string;
  /** Palette (default 'auto'). */
  colours?: 'categorical' | 'sequential' | 'auto';
}

/**
 * Fig. 4a: one (C1, C2) pair fitted to every (alpha, k) setting of a system at once, drawn
 * over the measurements of all settings: a single Eq. 1 curve cannot follow them, which is
 * why the SD model makes C1 and C2 depend on (alpha, k) (Eq. 3).
 *
 * @param data `{ points, fit }`: measurements per setting and the single fit
 * @param options dataLabel (required), system, legendTitle, colours, id, title, caption, size
 * @returns the figure (id 'fig04a-pooled-vs-single' by default)
 * @throws {Error} `pooledVsSingleFigure requires ...` for empty points or a bad fit
 * @example
 * pooledVsSingleFigure({ points: [{ series: 'k = 1', rps: 1, latencyS: 2 }], fit: { c1: 1.8, c2: 0.1, r2: 0.6 } }, { dataLabel: 'simulated' });
 */
export function pooledVsSingleFigure(
  data: { points: readonly PooledVsSinglePoint[]; fit: SingleEq1Fit },
  options: PooledVsSingleFigureOptions,
): Figure {
  const fn = 'pooledVsSingleFigure';
  const o = withDefaults(fn, options, { id: 'fig04a-pooled-vs-single', title: 'One (C₁, C₂) pair for all settings' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, fit }`);
  checkInputRows(fn, 'points', data.points, { numbers: ['rps', 'latencyS'], strings: ['series'] });
  checkInputRows(fn, 'fit', [data.fit], { numbers: ['c1', 'c2'], optionalNumbers: ['r2', 'mapePct'] });
  const { fit, points } = data;
  if (!(fit.c1 > 0) || !(fit.c2 >= 0)) throw new Error(`${fn} requires fit.c1 > 0 and fit.c2 >= 0`);
  const groups = groupSorted(points, (p) => p.series);
  const styles = seriesStyles(groups.length, options.colours ?? 'auto');
  const traces = groups.map((g, i) =>
    seriesTrace('markers', {
      name: g.key,
      x: g.items.map((p) => p.rps),
      y: g.items.map((p) => p.latencyS),
      style: styles[i],
      text: g.items.map((p) =>
        hoverText([
          ['setting', p.series],
          ['RPS (requests/s)', p.rps],
          ['measured L (s)', p.latencyS],
          ['single-pair Eq. 1 (s)', eq1LatencyCore(p.rps, fit.c1, fit.c2)],
        ]),
      ),
    }),
  );
  const maxRps = Math.max(...points.map((p) => p.rps));
  const end = Math.min(maxRps * 1.05, fit.c2 > 0 ? 0.98 / fit.c2 : Infinity);
  const xs = linspace(0, end > 0 ? end : 1, FIGURE_DEFAULTS.curveSamples);
  traces.push(
    referenceLineTrace(
      xs,
      xs.map((x) => eq1LatencyCore(x, fit.c1, fit.c2)),
      { name: 'one Eq. 1 pair for all settings', dash: 'solid', colour: '#000000' },
    ),
  );
  const quality = [fit.r2 !== undefined && fit.r2 !== null ? `R² = ${formatNumber(fit.r2)}` : '', fit.mapePct !== undefined && fit.mapePct !== null ? `MAPE = ${formatNumber(fit.mapePct)}%` : '']
    .filter(Boolean)
    .join(', ');
  const system = options.system ? ` of ${options.system}` : '';
  const caption =
    o.caption ??
    `One Eq. 1 pair for all settings (Fig. 4a) on ${o.dataLabel}: measured mean latency of ${groups.length} setting(s)${system} ` +
      `(markers, ${points.length} points) and the single curve L = C1 / (1 − RPS·C2) fitted to all of them at once ` +
      `(C1 = ${formatNumber(fit.c1)} s, C2 = ${formatNumber(fit.c2)} s/request${quality ? `; ${quality}` : ''}).`;
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('request rate RPS (requests/s)', { rangemode: 'tozero' }),
      yaxis: axisLayout('mean latency L (s)', { rangemode: 'tozero' }),
    },
    options.legendTitle ?? 'setting',
  );
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
