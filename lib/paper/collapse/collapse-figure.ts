import { axisLayout } from '../../plot/axis-layout.js';
import { collapseTraces, type CollapsePoint } from '../shared/collapse-traces.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';

export type { CollapsePoint } from '../shared/collapse-traces.js';

/** Options of {@link collapseFigure}. */
export interface CollapseFigureOptions extends FigureOptions {
  /** Where C1 and C2 come from, for the caption (default 'per-configuration Eq. 1 fits'). */
  fitLabel?: string;
  /** Legend title (default 'verifier'). */
  legendTitle?: string;
  /** End of the reference curve (default 0.95). */
  xMax?: number;
  /** Palette for the groups (default 'auto'). */
  colours?: 'categorical' | 'sequential' | 'auto';
}

/**
 * Fig. 1, the universal collapse: every load point normalised by its configuration's own
 * Eq. 1 fit, y = L / C1 against x = RPS · C2, with the curve y = 1/(1 − x) on [0, 0.95].
 * If Eq. 1 holds, all configurations fall on the one curve whatever model, lengths or hardware.
 *
 * @param points normalised points (x = RPS·C2, y = L/C1) with their group (e.g. verifier)
 * @param options dataLabel (required), fitLabel, legendTitle, xMax, colours, id, title, caption, size
 * @returns the figure (id 'fig01-collapse' by default)
 * @throws {Error} `collapseFigure requires ...` for empty or malformed points or options
 * @example
 * collapseFigure([{ x: 0.5, y: 2.1, group: 'Qwen3-8B' }], { dataLabel: 'simulated' }).spec.data.length; // 2
 */
export function collapseFigure(points: readonly CollapsePoint[], options: CollapseFigureOptions): Figure {
  const fn = 'collapseFigure';
  const o = withDefaults(fn, options, { id: 'fig01-collapse', title: 'Universal collapse: L/C₁ against RPS·C₂' });
  const t = collapseTraces(fn, points, options.xMax ?? 0.95, options.colours ?? 'auto');
  const caption =
    o.caption ??
    `Universal collapse (Fig. 1) on ${o.dataLabel}: mean latency divided by C1 against RPS × C2 for ` +
      `${points.length} load points of ${t.groups} group(s), C1 and C2 from ${options.fitLabel ?? 'per-configuration Eq. 1 fits'}; ` +
      `solid line y = 1/(1 − x). Median deviation from the curve: ${formatNumber(t.medianDeviationPct)}%` +
      (t.beyondSaturation > 0 ? `; ${t.beyondSaturation} point(s) at or past x = 1.` : '.');
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('utilisation x = RPS · C₂ (dimensionless)', { rangemode: 'tozero' }),
      yaxis: axisLayout('normalised latency y = L / C₁ (dimensionless)', { rangemode: 'tozero' }),
    },
    options.legendTitle ?? 'verifier',
  );
  return { id: o.id, caption, spec: { data: t.data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
