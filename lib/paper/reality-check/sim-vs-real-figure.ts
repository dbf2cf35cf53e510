import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { geomspace } from '../../util/geomspace.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { referenceLineTrace } from '../../plot/reference-line-trace.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The simulated and the real mean latency of one benchmark run (same configuration and load). */
export interface SimVsRealPoint {
  /** Colour group, e.g. 'Qwen3-8B'. */
  verifier: string;
  /** Measured mean latency (s), > 0. */
  realS: number;
  /** Simulated mean latency (s), > 0. */
  simS: number;
  /** Optional hover label, e.g. 'α = 0.7, k = 3, 4.2 requests/s'. */
  label?: string;
}

/** Options of {@link simVsRealFigure}. */
export interface SimVsRealFigureOptions extends FigureOptions {
  /** Half-width of the shaded agreement band as a fraction (default 0.10 = ±10%). */
  band?: number;
}

/**
 * Calibration of the simulator: simulated against real mean latency per run, log–log, with
 * y = x and a shaded ±10% band, coloured by verifier. The caption gives the mean absolute
 * percentage error and the share of runs inside the band.
 *
 * @param points paired real and simulated latencies (both > 0)
 * @param options dataLabel (required; name the real data and the simulator), band, id, title, caption, size
 * @returns the figure (id 'sim-vs-real' by default)
 * @throws {Error} `simVsRealFigure requires ...` for empty or malformed points or non-positive latencies
 * @example
 * simVsRealFigure([{ verifier: 'Qwen3-8B', realS: 2, simS: 2.1 }], { dataLabel: 'speculators-scaling vs simulator' });
 */
export function simVsRealFigure(points: readonly SimVsRealPoint[], options: SimVsRealFigureOptions): Figure {
  const fn = 'simVsRealFigure';
  const o = withDefaults(fn, options, { id: 'sim-vs-real', title: 'Simulated against real mean latency' });
  checkInputRows(fn, 'points', points, { numbers: ['realS', 'simS'], strings: ['verifier'], optionalStrings: ['label'] });
  points.forEach((p, i) => {
    if (!(p.realS > 0 && p.simS > 0)) throw new Error(`${fn} requires points[${i}] with realS > 0 and simS > 0 (log axes)`);
  });
  const band = options.band ?? 0.1;
  if (!(band > 0 && band < 1)) throw new Error(`${fn} requires options.band in (0, 1)`);
  const groups = groupSorted(points, (p) => p.verifier);
  const styles = seriesStyles(groups.length, 'categorical');
  const values = points.flatMap((p) => [p.realS, p.simS]);
  const lo = Math.min(...values) / 1.25;
  const hi = Math.max(...values) * 1.25;
  const xs = geomspace(lo, hi, 20);
  const pct = `±${formatNumber(band * 100)}%`;
  const data: Array<Record<string, unknown>> = [
    referenceLineTrace(xs, xs.map((x) => x * (1 - band)), { name: `${pct} band`, showlegend: false, legendgroup: 'band', dash: 'solid', colour: 'rgba(0,0,0,0)' }),
    {
      ...referenceLineTrace(xs, xs.map((x) => x * (1 + band)), { name: `${pct} band`, legendgroup: 'band', dash: 'solid', colour: 'rgba(0,0,0,0)' }),
      fill: 'tonexty',
      fillcolor: FIGURE_DEFAULTS.bandColour,
    },
    referenceLineTrace([lo, hi], [lo, hi], { name: 'y = x' }),
  ];
  groups.forEach((g, i) => {
    data.push(
      seriesTrace('markers', {
        name: g.key,
        x: g.items.map((p) => p.realS),
        y: g.items.map((p) => p.simS),
        style: styles[i],
        text: g.items.map((p) =>
          hoverText([
            ['verifier', p.verifier],
            ['run', p.label],
            ['real L (s)', p.realS],
            ['simulated L (s)', p.simS],
            ['error (%)', (p.simS / p.realS - 1) * 100],
          ]),
        ),
      }),
    );
  });
  const errors = points.map((p) => Math.abs(p.simS / p.realS - 1));
  const mape = (errors.reduce((a, b) => a + b, 0) / errors.length) * 100;
  const inside = errors.filter((e) => e <= band).length;
  const caption =
    o.caption ??
    `Simulated against real mean latency on ${o.dataLabel}: ${points.length} runs of ${groups.length} verifier(s), log–log, ` +
      `dashed y = x, shaded ${pct}. MAPE ${formatNumber(mape)}%; ${inside}/${points.length} runs within ${pct}.`;
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('real mean latency (s)', { type: 'log', range: [Math.log10(lo), Math.log10(hi)] }),
      yaxis: axisLayout('simulated mean latency (s)', { type: 'log', range: [Math.log10(lo), Math.log10(hi)] }),
    },
    'verifier',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
