import { axisLayout } from '../../plot/axis-layout.js';
import { collapseTraces, type CollapsePoint } from '../shared/collapse-traces.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';

/** One load point normalised by the pooled Eq. 3 coefficients of its (alpha, k) setting. */
export type EffectiveCollapsePoint = CollapsePoint;

/** Options of {@link effectiveCollapseFigure}. */
export interface EffectiveCollapseFigureOptions extends FigureOptions {
  /** The system whose pooled fit is shown, e.g. 'Qwen3-8B + EAGLE-3, 512/128'. */
  system?: string;
  /** Legend title (default 'k'). */
  legendTitle?: string;
  /** End of the reference curve (default 0.95). */
  xMax?: number;
  /** Palette for the groups (default 'auto': sequential past 7 groups). */
  colours?: 'categorical' | 'sequential' | 'auto';
}

/**
 * Fig. 4c: with C1_eff and C2_eff from the six pooled coefficients of Eq. 3, every
 * (alpha, k) setting of a system collapses onto y = 1/(1 − x), x = RPS · C2_eff, y = L / C1_eff.
 *
 * @param points normalised points (x = RPS·C2_eff, y = L/C1_eff) grouped e.g. by k or alpha
 * @param options dataLabel (required), system, legendTitle, xMax, colours, id, title, caption, size
 * @returns the figure (id 'fig04c-effective-collapse' by default)
 * @throws {Error} `effectiveCollapseFigure requires ...` for empty or malformed points or options
 * @example
 * effectiveCollapseFigure([{ x: 0.3, y: 1.4, group: 'k = 2' }], { dataLabel: 'simulated' });
 */
export function effectiveCollapseFigure(
  points: readonly EffectiveCollapsePoint[],
  options: EffectiveCollapseFigureOptions,
): Figure {
  const fn = 'effectiveCollapseFigure';
  const o = withDefaults(fn, options, {
    id: 'fig04c-effective-collapse',
    title: 'Pooled Eq. 3 coefficients collapse every (α, k) setting',
  });
  const t = collapseTraces(fn, points, options.xMax ?? 0.95, options.colours ?? 'auto');
  const system = options.system ? ` of ${options.system}` : '';
  const caption =
    o.caption ??
    `Collapse with the pooled speculative-decoding coefficients (Fig. 4c) on ${o.dataLabel}: for ${points.length} load points` +
      `${system} in ${t.groups} group(s), L / C1_eff against RPS × C2_eff, where C1_eff and C2_eff follow Eq. 3 from the ` +
      `six coefficients fitted jointly over all (α, k) settings; solid line y = 1/(1 − x). ` +
      `Median deviation from the curve: ${formatNumber(t.medianDeviationPct)}%` +
      (t.beyondSaturation > 0 ? `; ${t.beyondSaturation} point(s) at or past x = 1.` : '.');
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('utilisation x = RPS · C<sub>2,eff</sub> (dimensionless)', { rangemode: 'tozero' }),
      yaxis: axisLayout('normalised latency y = L / C<sub>1,eff</sub> (dimensionless)', { rangemode: 'tozero' }),
    },
    options.legendTitle ?? 'k',
  );
  return { id: o.id, caption, spec: { data: t.data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
