import { checkInputRows } from '../../plot/check-input-rows.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { hoverText } from '../../plot/hover-text.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** A latency statistic of a benchmark run. */
export type LatencyStatistic = 'mean' | 'p50' | 'p95' | 'p99';

/** One measured statistic at one request rate. */
export interface TailPoint {
  /** Panel label, e.g. the configuration (default: one panel). */
  panel?: string;
  statistic: LatencyStatistic;
  rps: number;
  latencyS: number;
}

/** A model curve computed by the caller, e.g. the Eq. 1 mean model or a scaled copy for p95. */
export interface TailCurve {
  panel?: string;
  /** The statistic the curve approximates (sets its colour). */
  statistic: LatencyStatistic;
  /** Legend name, e.g. 'Eq. 1 mean model' or 'Eq. 1 × 1.9 (p99)'. */
  name: string;
  rps: readonly number[];
  /** Latency (s) per rps; non-finite values (saturation) leave a gap. */
  latencyS: readonly number[];
}

const STATISTICS: readonly LatencyStatistic[] = ['mean', 'p50', 'p95', 'p99'];
const STATISTIC_COLOURS: Record<LatencyStatistic, string> = {
  mean: FIGURE_DEFAULTS.categorical[0],
  p50: FIGURE_DEFAULTS.categorical[2],
  p95: FIGURE_DEFAULTS.categorical[4],
  p99: FIGURE_DEFAULTS.categorical[1],
};
const STATISTIC_SYMBOLS: Record<LatencyStatistic, string> = { mean: 'circle', p50: 'diamond', p95: 'square', p99: 'triangle-up' };

/**
 * Appendix: the model as an approximation of tail latency. Measured mean, p95 and p99 latency
 * against request rate (markers, one colour per statistic) with the caller's curves: the mean
 * model (solid) and scaled models for the tails (dashed), one panel per configuration.
 *
 * @param data `{ points, curves }`
 * @param options dataLabel (required), id, title, caption, size
 * @returns the figure (id 'appendix-tail' by default)
 * @throws {Error} `tailFigure requires ...` for malformed rows, an unknown statistic, curve arrays of different lengths, or no data
 * @example
 * tailFigure({ points: [{ statistic: 'p99', rps: 1, latencyS: 4 }], curves: [] }, { dataLabel: 'simulated' });
 */
export function tailFigure(data: { points: readonly TailPoint[]; curves: readonly TailCurve[] }, options: FigureOptions): Figure {
  const fn = 'tailFigure';
  const o = withDefaults(fn, options, { id: 'appendix-tail', title: 'Mean and tail latency against load' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, curves }`);
  checkInputRows(fn, 'points', data.points, { numbers: ['rps', 'latencyS'], strings: ['statistic'], optionalStrings: ['panel'], minRows: 0 });
  checkInputRows(fn, 'curves', data.curves, { strings: ['statistic', 'name'], optionalStrings: ['panel'], minRows: 0 });
  if (data.points.length + data.curves.length === 0) throw new Error(`${fn} requires at least one point or curve`);
  for (const [name, rows] of [['points', data.points], ['curves', data.curves]] as const) {
    rows.forEach((r, i) => {
      if (!STATISTICS.includes(r.statistic)) throw new Error(`${fn} requires ${name}[${i}].statistic to be one of ${STATISTICS.join(', ')}`);
    });
  }
  data.curves.forEach((c, i) => {
    if (!Array.isArray(c.rps) || !Array.isArray(c.latencyS) || c.rps.length !== c.latencyS.length || c.rps.length < 2) {
      throw new Error(`${fn} requires curves[${i}].rps and .latencyS of the same length >= 2`);
    }
    if (c.rps.some((x) => typeof x !== 'number' || !Number.isFinite(x))) throw new Error(`${fn} requires curves[${i}].rps to be finite numbers`);
    if (c.latencyS.some((y) => typeof y !== 'number' || Number.isNaN(y))) throw new Error(`${fn} requires curves[${i}].latencyS to be numbers`);
  });
  const panelOf = (r: { panel?: string }): string => r.panel ?? '';
  const panels = [...new Set([...data.points.map(panelOf), ...data.curves.map(panelOf)])].sort(naturalCompare);
  const faceted = panels.length > 1 || panels[0] !== '';
  const grid = facetGrid(panels.length, { columns: Math.min(panels.length, 3), titles: faceted ? panels : undefined, yGap: 0.18 });
  const traces: Array<Record<string, unknown>> = [];
  const axes: Record<string, unknown> = {};
  const shown = new Set<string>();
  let cutPanels = 0;
  panels.forEach((panel, pi) => {
    const place = grid.panels[pi];
    for (const statistic of STATISTICS) {
      const style = { colour: STATISTIC_COLOURS[statistic], symbol: STATISTIC_SYMBOLS[statistic], dash: 'solid' };
      const mine = data.points.filter((p) => panelOf(p) === panel && p.statistic === statistic).sort((a, b) => a.rps - b.rps);
      if (mine.length > 0) {
        const name = `${statistic} measured`;
        traces.push(
          seriesTrace('markers', {
            name,
            x: mine.map((p) => p.rps),
            y: mine.map((p) => p.latencyS),
            style,
            xaxis: place.xaxis,
            yaxis: place.yaxis,
            legendgroup: name,
            showlegend: !shown.has(name),
            text: mine.map((p) => hoverText([['panel', p.panel], ['statistic', statistic], ['RPS (requests/s)', p.rps], ['L (s)', p.latencyS]])),
          }),
        );
        shown.add(name);
      }
      const curves = data.curves.filter((c) => panelOf(c) === panel && c.statistic === statistic).sort((a, b) => naturalCompare(a.name, b.name));
      for (const c of curves) {
        traces.push(
          seriesTrace('lines', {
            name: c.name,
            x: c.rps,
            y: c.latencyS,
            style,
            dash: statistic === 'mean' ? 'solid' : 'dash',
            xaxis: place.xaxis,
            yaxis: place.yaxis,
            legendgroup: c.name,
            showlegend: !shown.has(c.name),
          }),
        );
        shown.add(c.name);
      }
    }
    // Model curves running close to saturation would squash the measurements: cut the y axis at
    // 1.3 × the highest measured value of the panel when a curve goes above it.
    const measured = data.points.filter((p) => panelOf(p) === panel).map((p) => p.latencyS);
    const curveTop = Math.max(0, ...data.curves.filter((c) => panelOf(c) === panel).flatMap((c) => c.latencyS.filter((v) => Number.isFinite(v))));
    const yCap = measured.length > 0 ? 1.3 * Math.max(...measured) : Infinity;
    const cut = curveTop > yCap && yCap > 0;
    if (cut) cutPanels++;
    Object.assign(
      axes,
      facetAxes(
        place,
        faceted ? 'RPS (requests/s)' : 'request rate RPS (requests/s)',
        'latency (s)',
        { rangemode: 'tozero' },
        cut ? { range: [0, yCap] } : { rangemode: 'tozero' },
        false,
      ),
    );
  });
  const stats = STATISTICS.filter((s) => data.points.some((p) => p.statistic === s));
  const caption =
    o.caption ??
    `Tail latency (appendix) on ${o.dataLabel}: measured ${stats.join(', ') || 'latency'} against request rate (markers) ` +
      `with the caller's model curves (${data.curves.map((c) => c.name).filter((n, i, a) => a.indexOf(n) === i).join('; ') || 'none'}); ` +
      `solid: the mean model, dashed: models for percentiles` +
      (faceted ? `; ${panels.length} panels` : '') +
      (cutPanels > 0 ? '; y axes cut at 1.3 × the highest measurement.' : '.');
  const layout = figureLayout(o, { ...axes, ...(faceted ? { annotations: grid.annotations } : {}) }, 'statistic');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
