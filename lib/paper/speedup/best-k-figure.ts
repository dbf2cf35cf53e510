import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The best draft length of one series (e.g. one alpha) at one request rate. */
export interface BestKPoint {
  /** Series label, e.g. 'α = 0.80'. */
  series: string;
  rps: number;
  /** The k with the lowest predicted latency at this load. */
  bestK: number;
}

/** Options of {@link bestKFigure}. */
export interface BestKFigureOptions extends FigureOptions {
  /** What was optimised, for the caption (default 'lowest Eq. 1 latency'). */
  criterion?: string;
  /** Legend title (default 'acceptance'). */
  legendTitle?: string;
  /** Palette (default 'sequential', for ordered alpha). */
  colours?: 'categorical' | 'sequential' | 'auto';
  /**
   * Vertical offset between neighbouring series (in k, default 0.12): series that share a step
   * would otherwise hide each other; the offsets are centred on the true k (hover shows it).
   */
  dodge?: number;
}

/**
 * The best draft length k against load, one step line per series (alpha): the paper's
 * finding is that the best k at zero load (argmin C1R) is longer than the best k under load
 * (argmin C2R). The caption lists the zero-load and highest-load k per series. Series are
 * drawn as lines (a series of one point as a marker), each shifted by a small vertical offset
 * so that series sharing a k stay visible; the caption says so.
 *
 * @param points best k per (series, rps)
 * @param options dataLabel (required), criterion, legendTitle, colours, id, title, caption, size
 * @returns the figure (id 'best-k' by default)
 * @throws {Error} `bestKFigure requires ...` for empty or malformed points
 * @example
 * bestKFigure([{ series: 'α = 0.80', rps: 0, bestK: 6 }, { series: 'α = 0.80', rps: 5, bestK: 3 }], { dataLabel: 'simulated' });
 */
export function bestKFigure(points: readonly BestKPoint[], options: BestKFigureOptions): Figure {
  const fn = 'bestKFigure';
  const o = withDefaults(fn, options, { id: 'best-k', title: 'Best draft length against load' });
  checkInputRows(fn, 'points', points, { numbers: ['rps', 'bestK'], strings: ['series'] });
  const dodge = options.dodge ?? 0.12;
  if (!(Number.isFinite(dodge) && dodge >= 0 && dodge < 0.5)) throw new Error(`${fn} requires options.dodge in [0, 0.5)`);
  const groups = groupSorted(points, (p) => p.series);
  const styles = seriesStyles(groups.length, options.colours ?? 'sequential');
  const summary: string[] = [];
  const data = groups.map((g, i) => {
    const sorted = [...g.items].sort((a, b) => a.rps - b.rps);
    summary.push(`${g.key}: k ${sorted[0].bestK} → ${sorted[sorted.length - 1].bestK}`);
    const offset = dodge * (i - (groups.length - 1) / 2);
    const trace = seriesTrace(sorted.length > 1 ? 'lines' : 'markers', {
      name: g.key,
      x: sorted.map((p) => p.rps),
      y: sorted.map((p) => p.bestK + offset),
      style: styles[i],
      lineShape: 'hv',
      text: sorted.map((p) => hoverText([['series', g.key], ['RPS (requests/s)', p.rps], ['best k', p.bestK]])),
    });
    if (sorted.length > 1) (trace.line as Record<string, unknown>).width = 2.5;
    return trace;
  });
  const spread = dodge * (groups.length - 1);
  const caption =
    o.caption ??
    `Best draft length against load on ${o.dataLabel}: the k with the ${options.criterion ?? 'lowest Eq. 1 latency'} at each ` +
      `request rate, one step line per series` +
      (groups.length > 1 && dodge > 0 ? ` (lines offset by up to ±${formatNumber(spread / 2, 2)} in k so that series sharing a k stay visible)` : '') +
      `; from the lowest to the highest load: ${summary.join('; ')}.`;
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('request rate RPS (requests/s)', { rangemode: 'tozero' }),
      yaxis: axisLayout('best draft length k (tokens per cycle)', { dtick: 1, rangemode: 'tozero' }),
    },
    options.legendTitle ?? 'acceptance',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
