import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { median } from '../../util/median.js';
import { referenceLineTrace } from '../../plot/reference-line-trace.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** One benchmark run for {@link littleBatchFigure}. */
export interface LittleBatchPoint {
  /** Colour group, e.g. the verifier. */
  group: string;
  /** Measured completed-request rate (requests/s). */
  rps: number;
  /** Measured mean end-to-end latency (s). */
  latencyS: number;
  /** Measured time-averaged number of requests in flight. */
  meanConcurrency: number;
  /** Optional hover label, e.g. the configuration. */
  label?: string;
}

/** Options of {@link littleBatchFigure}. */
export interface LittleBatchFigureOptions extends FigureOptions {
  /** Legend title (default 'group'). */
  legendTitle?: string;
}

/**
 * Baseline sanity check of Little's Law (the step from L = C1 + B·C2 to Eq. 1): the batch
 * RPS × L implied by the client's measurements against the measured mean concurrency, with the
 * line y = x. Points on the line mean B = RPS·L holds for the data.
 *
 * @param points runs with measured rps, mean latency (s) and mean concurrency
 * @param options dataLabel (required), legendTitle, id, title, caption, size
 * @returns the figure (id 'fig00-little-batch' by default)
 * @throws {Error} `littleBatchFigure requires ...` for empty or malformed points or options
 * @example
 * littleBatchFigure([{ group: 'Qwen3-8B', rps: 2, latencyS: 3, meanConcurrency: 5.9 }], { dataLabel: 'simulated' });
 */
export function littleBatchFigure(points: readonly LittleBatchPoint[], options: LittleBatchFigureOptions): Figure {
  const fn = 'littleBatchFigure';
  const o = withDefaults(fn, options, { id: 'fig00-little-batch', title: "Little's Law: RPS × L against measured concurrency" });
  checkInputRows(fn, 'points', points, {
    numbers: ['rps', 'latencyS', 'meanConcurrency'],
    strings: ['group'],
    optionalStrings: ['label'],
  });
  const groups = groupSorted(points, (p) => p.group);
  const styles = seriesStyles(groups.length, 'categorical');
  const data: Array<Record<string, unknown>> = [];
  let maxValue = 0;
  groups.forEach((g, i) => {
    const x = g.items.map((p) => p.meanConcurrency);
    const y = g.items.map((p) => p.rps * p.latencyS);
    maxValue = Math.max(maxValue, ...x, ...y);
    data.push(
      seriesTrace('markers', {
        name: g.key,
        x,
        y,
        style: styles[i],
        text: g.items.map((p) =>
          hoverText([
            ['group', p.group],
            ['configuration', p.label],
            ['RPS (requests/s)', p.rps],
            ['L (s)', p.latencyS],
            ['RPS × L (requests)', p.rps * p.latencyS],
            ['measured concurrency (requests)', p.meanConcurrency],
          ]),
        ),
      }),
    );
  });
  const top = maxValue > 0 ? maxValue * 1.05 : 1;
  data.push(referenceLineTrace([0, top], [0, top], { name: 'y = x (Little’s Law)' }));
  const ratios = points.filter((p) => p.meanConcurrency > 0).map((p) => (p.rps * p.latencyS) / p.meanConcurrency);
  const caption =
    o.caption ??
    `Little's Law check on ${o.dataLabel}: RPS × mean latency L (requests) against the measured time-averaged ` +
      `concurrency for ${points.length} runs in ${groups.length} group(s); dashed line y = x. ` +
      (ratios.length > 0 ? `Median ratio RPS·L / concurrency = ${formatNumber(median(ratios))}.` : '');
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('measured mean concurrency (requests in flight)', { rangemode: 'tozero' }),
      yaxis: axisLayout('RPS × L (requests)', { rangemode: 'tozero' }),
    },
    options.legendTitle ?? 'group',
  );
  return { id: o.id, caption: caption.trim(), spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
