import { breakEvenLoad } from '../../model/break-even-load.js';
import type { Eq1Coefficients } from '../../model/latency-prediction.js';
import { speedupFromRatios } from '../../model/speedup.js';
import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { hoverText } from '../../plot/hover-text.js';
import { horizontalLineShape } from '../../plot/horizontal-line-shape.js';
import { linspace } from '../../util/linspace.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The Eq. 1 coefficients of one SD setting (e.g. one k at a fixed alpha). */
export interface SpeedupCurve {
  /** Series label, e.g. 'k = 3'. */
  series: string;
  /** C1 of the SD setting (s), > 0. */
  c1: number;
  /** C2 of the SD setting (s per concurrent request), >= 0. */
  c2: number;
}

/** A measured speedup L_D / L_SD at one request rate. */
export interface SpeedupPoint {
  series: string;
  rps: number;
  /** Measured L_D / L_SD (dimensionless). */
  speedup: number;
}

/** Options of {@link speedupFigure}. */
export interface SpeedupFigureOptions extends FigureOptions {
  /** What is compared, e.g. 'Qwen3-8B, α = 0.8'. */
  system?: string;
  /** Legend title (default 'setting'). */
  legendTitle?: string;
  /** Highest request rate drawn (default 98% of the lowest saturation rate among baseline and settings). */
  rpsMax?: number;
  /** Palette (default 'auto'). */
  colours?: 'categorical' | 'sequential' | 'auto';
}

/**
 * Speedup of speculative decoding over the non-SD baseline against load (Eq. 2):
 * S = L_D / L_SD = (1/C1R)·[1 + (1 − C2R)·r/(1 − r)], r = RPS·C2_D, one curve per setting from
 * its Eq. 1 coefficients, optional measured speedups as markers, the line S = 1 and a marker
 * at each break-even load RPS* = r* / C2_D (S = 1). Curves stop where a system saturates. With
 * measured points, the legend title says which traces are Eq. 2 and which are measured.
 *
 * @param data `{ baseline, curves, points? }`: baseline and per-setting Eq. 1 coefficients, measured speedups
 * @param options dataLabel (required), system, legendTitle, rpsMax, colours, id, title, caption, size
 * @returns the figure (id 'speedup' by default)
 * @throws {Error} `speedupFigure requires ...` for a bad baseline, empty or malformed curves
 * @example
 * speedupFigure({ baseline: { c1: 2, c2: 0.1 }, curves: [{ series: 'k = 3', c1: 1, c2: 0.15 }] }, { dataLabel: 'simulated' });
 */
export function speedupFigure(
  data: { baseline: Eq1Coefficients; curves: readonly SpeedupCurve[]; points?: readonly SpeedupPoint[] },
  options: SpeedupFigureOptions,
): Figure {
  const fn = 'speedupFigure';
  const o = withDefaults(fn, options, { id: 'speedup', title: 'Speedup of speculative decoding against load (Eq. 2)' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { baseline, curves, points }`);
  const points = data.points ?? [];
  checkInputRows(fn, 'baseline', [data.baseline], { numbers: ['c1', 'c2'] });
  checkInputRows(fn, 'curves', data.curves, { numbers: ['c1', 'c2'], strings: ['series'] });
  checkInputRows(fn, 'points', points, { numbers: ['rps', 'speedup'], strings: ['series'], minRows: 0 });
  const base = data.baseline;
  if (!(base.c1 > 0 && base.c2 > 0)) throw new Error(`${fn} requires baseline.c1 > 0 and baseline.c2 > 0`);
  data.curves.forEach((c, i) => {
    if (!(c.c1 > 0 && c.c2 >= 0)) throw new Error(`${fn} requires curves[${i}] with c1 > 0 and c2 >= 0`);
  });
  const names = [...new Set([...data.curves.map((c) => c.series), ...points.map((p) => p.series)])].sort(naturalCompare);
  const styles = seriesStyles(names.length, options.colours ?? 'auto');
  const saturations = [1 / base.c2, ...data.curves.filter((c) => c.c2 > 0).map((c) => 1 / c.c2)];
  const rpsMax = options.rpsMax ?? 0.98 * Math.min(...saturations);
  if (!(rpsMax > 0 && Number.isFinite(rpsMax))) throw new Error(`${fn} requires options.rpsMax > 0`);
  const xs = linspace(0, rpsMax, FIGURE_DEFAULTS.curveSamples * 2);
  const traces: Array<Record<string, unknown>> = [];
  const breakEvens: Array<{ series: string; rps: number; sdFasterBelow: boolean }> = [];
  const shown = new Set<string>();
  let curveMax = 0;
  let zeroLoadMax = 0;
  names.forEach((name, i) => {
    const style = styles[i];
    const curve = data.curves.find((c) => c.series === name);
    if (curve) {
      const c1r = curve.c1 / base.c1;
      const c2r = curve.c2 / base.c2;
      const s = xs.map((x) => {
        const v = speedupFromRatios(c1r, c2r, x * base.c2);
        return v === null || !Number.isFinite(v) || (v === 0 && x * curve.c2 >= 1) ? null : v;
      });
      zeroLoadMax = Math.max(zeroLoadMax, 1 / c1r);
      for (const v of s) if (v !== null) curveMax = Math.max(curveMax, v);
      traces.push(
        seriesTrace('lines', {
          name,
          x: xs,
          y: s,
          style,
          legendgroup: name,
          showlegend: true,
          text: xs.map((x, j) =>
            hoverText([
              ['setting', name],
              ['C₁R', c1r],
              ['C₂R', c2r],
              ['RPS (requests/s)', x],
              ['Eq. 2 speedup', s[j]],
            ]),
          ),
        }),
      );
      shown.add(name);
      const be = breakEvenLoad(base, curve);
      if (be && be.rps <= rpsMax) breakEvens.push({ series: name, rps: be.rps, sdFasterBelow: be.sdFasterBelow });
    }
    const mine = points.filter((p) => p.series === name).sort((a, b) => a.rps - b.rps);
    if (mine.length > 0) {
      traces.push(
        seriesTrace('markers', {
          name: `${name} measured`,
          x: mine.map((p) => p.rps),
          y: mine.map((p) => p.speedup),
          style,
          legendgroup: name,
          showlegend: !shown.has(name),
          text: mine.map((p) => hoverText([['setting', name], ['RPS (requests/s)', p.rps], ['measured L_D / L_SD', p.speedup]])),
        }),
      );
      shown.add(name);
    }
  });
  if (breakEvens.length > 0) {
    traces.push({
      type: 'scatter',
      mode: 'markers',
      name: 'break-even load (S = 1)',
      x: breakEvens.map((b) => b.rps),
      y: breakEvens.map(() => 1),
      marker: { symbol: 'diamond-open', size: 12, color: '#000000', line: { width: 2 } },
      text: breakEvens.map((b) => hoverText([['setting', b.series], ['break-even RPS* (requests/s)', b.rps]])),
      hovertemplate: '%{text}<extra></extra>',
      showlegend: true,
    });
  }
  const beText =
    breakEvens.length === 0
      ? 'no setting breaks even in the range shown'
      : breakEvens.length <= 6
        ? `break-even at ${breakEvens.map((b) => `${b.series}: ${formatNumber(b.rps)} requests/s`).join('; ')}`
        : `${breakEvens.length} settings break even between ${formatNumber(Math.min(...breakEvens.map((b) => b.rps)))} and ${formatNumber(Math.max(...breakEvens.map((b) => b.rps)))} requests/s`;
  // Where the baseline saturates first, S grows without bound near its saturation rate; cut the
  // y axis so the region that matters (around S = 1 and S(0)) stays readable.
  const measuredMax = points.length > 0 ? Math.max(...points.map((p) => p.speedup)) : 0;
  const yCap = Math.max(1.5, 2 * zeroLoadMax, 1.2 * measuredMax);
  const cut = curveMax > yCap;
  const system = options.system ? ` for ${options.system}` : '';
  const caption =
    o.caption ??
    `Speedup of speculative decoding over the non-SD baseline by Eq. 2${system} on ${o.dataLabel}: lines from the Eq. 1 ` +
      `coefficients of each setting relative to the baseline (C1_D = ${formatNumber(base.c1)} s, C2_D = ${formatNumber(base.c2)} s/request)` +
      (points.length > 0 ? `, markers measured L_D / L_SD (${points.length} points)` : '') +
      `; dashed line S = 1; ${beText}` +
      (cut ? `; y axis cut at S = ${formatNumber(yCap)} (the curves rise towards the baseline's saturation).` : '.');
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('request rate RPS (requests/s)', { rangemode: 'tozero' }),
      yaxis: axisLayout('speedup S = L<sub>D</sub> / L<sub>SD</sub> (×)', cut ? { range: [0, yCap] } : { rangemode: 'tozero' }),
      shapes: [horizontalLineShape(1)],
    },
    // Say in the legend which traces are model and which are measurement.
    `${options.legendTitle ?? 'setting'}${points.length > 0 ? '<br><sub>lines: Eq. 2; dots: measured</sub>' : ''}`,
  );
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
