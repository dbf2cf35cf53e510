import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { hoverText } from '../../plot/hover-text.js';
import { linspace } from '../../util/linspace.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** One closed-loop measurement: a latency at a fixed concurrency (batch size). */
export interface ClosedLoopPoint {
  /** Series, e.g. 'AR' or 'SD' or a configuration. */
  series: string;
  /** Fixed number of requests in flight (batch size). */
  concurrency: number;
  /** The latency, in the unit of options.yUnit (default s). */
  value: number;
}

/** The fitted line value = intercept + slope × concurrency of one series (L = C1 + C2·c). */
export interface ClosedLoopFit {
  series: string;
  /** C1, in yUnit. */
  intercept: number;
  /** C2, in yUnit per request. */
  slope: number;
  /** R² of the fit, when known. */
  r2?: number;
}

/** Options of {@link closedLoopFigure}. */
export interface ClosedLoopFigureOptions extends FigureOptions {
  /** x axis title with unit (default 'concurrency c (requests in flight)'). */
  xTitle?: string;
  /** y axis title with unit (default 'mean latency L (s)'). */
  yTitle?: string;
  /** Unit of the values and the intercept (default 's'), e.g. 'ms per token'. */
  yUnit?: string;
}

/**
 * Closed-loop benchmarks (fixed concurrency c): Little's Law gives B = c, so the model is the
 * straight line L = C1 + C2·c. Markers are measurements, lines the caller's fits, one colour
 * per series (e.g. MagicDec's per-token latency against batch size for AR and SD decoding).
 *
 * @param data `{ points, fits? }`
 * @param options dataLabel (required), xTitle, yTitle, yUnit, id, title, caption, size
 * @returns the figure (id 'closed-loop' by default)
 * @throws {Error} `closedLoopFigure requires ...` for empty or malformed rows
 * @example
 * closedLoopFigure(
 *   { points: [{ series: 'AR', concurrency: 32, value: 16.5 }], fits: [{ series: 'AR', intercept: 4, slope: 0.36 }] },
 *   { dataLabel: 'MagicDec (arXiv 2408.11049)', xTitle: 'batch size (requests)', yTitle: 'latency per token (ms)', yUnit: 'ms' },
 * );
 */
export function closedLoopFigure(
  data: { points: readonly ClosedLoopPoint[]; fits?: readonly ClosedLoopFit[] },
  options: ClosedLoopFigureOptions,
): Figure {
  const fn = 'closedLoopFigure';
  const o = withDefaults(fn, options, { id: 'closed-loop', title: 'Closed loop: latency against concurrency' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, fits }`);
  const fits = data.fits ?? [];
  checkInputRows(fn, 'points', data.points, { numbers: ['concurrency', 'value'], strings: ['series'] });
  checkInputRows(fn, 'fits', fits, { numbers: ['intercept', 'slope'], optionalNumbers: ['r2'], strings: ['series'], minRows: 0 });
  const unit = options.yUnit ?? 's';
  const names = [...new Set([...data.points.map((p) => p.series), ...fits.map((f) => f.series)])].sort(naturalCompare);
  const styles = seriesStyles(names.length, 'categorical');
  const maxC = Math.max(...data.points.map((p) => p.concurrency));
  const xs = linspace(0, maxC > 0 ? maxC * 1.05 : 1, 2);
  const traces: Array<Record<string, unknown>> = [];
  const notes: string[] = [];
  names.forEach((name, i) => {
    const mine = data.points.filter((p) => p.series === name).sort((a, b) => a.concurrency - b.concurrency);
    if (mine.length > 0) {
      traces.push(
        seriesTrace('markers', {
          name: `${name} measured`,
          x: mine.map((p) => p.concurrency),
          y: mine.map((p) => p.value),
          style: styles[i],
          legendgroup: name,
          text: mine.map((p) => hoverText([['series', name], ['concurrency', p.concurrency], [`latency (${unit})`, p.value]])),
        }),
      );
    }
    const fit = fits.find((f) => f.series === name);
    if (fit) {
      const r2 = fit.r2 !== undefined && fit.r2 !== null ? `, R² = ${formatNumber(fit.r2)}` : '';
      traces.push(
        seriesTrace('lines', {
          name: `${name} fit: ${formatNumber(fit.intercept)} + ${formatNumber(fit.slope)}·c${r2}`,
          x: xs,
          y: xs.map((x) => fit.intercept + fit.slope * x),
          style: styles[i],
          dash: 'solid',
          legendgroup: name,
        }),
      );
      notes.push(`${name}: C1 = ${formatNumber(fit.intercept)} ${unit}, C2 = ${formatNumber(fit.slope)} ${unit} per request${r2}`);
    }
  });
  const caption =
    o.caption ??
    `Closed-loop latency on ${o.dataLabel}: with a fixed number of requests in flight Little's Law gives B = c, so the model ` +
      `is the line L = C1 + C2·c; markers measured (${data.points.length} points)` +
      (notes.length > 0 ? `, lines least-squares fits (${notes.join('; ')})` : '') +
      '.';
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout(options.xTitle ?? 'concurrency c (requests in flight)', { rangemode: 'tozero' }),
      yaxis: axisLayout(options.yTitle ?? 'mean latency L (s)', { rangemode: 'tozero' }),
    },
    'series',
  );
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
