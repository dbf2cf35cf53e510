import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { horizontalLineShape } from '../../plot/horizontal-line-shape.js';
import { hoverText } from '../../plot/hover-text.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The median deviation of one group's collapse points in one x bin. */
export interface CollapseDeviationRow {
  /** Colour group, e.g. the verifier. */
  group: string;
  /** Bin centre in x = RPS · C2 (dimensionless). */
  xMid: number;
  /** Bin edges (for hover). */
  xLo: number;
  xHi: number;
  /** Median of L / L_Eq.1 − 1 in the bin (%). */
  medianPct: number;
  /** Quartiles (%), drawn as error bars. */
  q25Pct: number;
  q75Pct: number;
  /** Points in the bin. */
  n: number;
}

/** Options of {@link collapseDeviationFigure}. */
export interface CollapseDeviationFigureOptions extends FigureOptions {
  /** Where C1 and C2 come from, for the caption (default 'per-configuration Eq. 1 fits'). */
  fitLabel?: string;
  /** Legend title (default 'verifier'). */
  legendTitle?: string;
}

/**
 * Companion of Fig. 1: how far the collapse points sit from y = 1/(1 − x), as the relative
 * deviation L / L_Eq.1 − 1 = y·(1 − x) − 1 (%) against x = RPS·C2, per group the median of each
 * x bin (line and markers) with its interquartile range (error bars), and a dashed zero line.
 * A systematic pattern in x (rather than scatter around 0) is a shape error of Eq. 1.
 *
 * @param rows one row per (group, x bin), e.g. collapseDeviationBins(...).bins
 * @param options dataLabel (required), fitLabel, legendTitle, id, title, caption, size
 * @returns the figure (id 'nb01-collapse-deviation' by default)
 * @throws {Error} `collapseDeviationFigure requires ...` for empty or malformed rows or options
 * @example
 * collapseDeviationFigure([{ group: 'Qwen3-8B', xMid: 0.15, xLo: 0.1, xHi: 0.2, medianPct: 7.7, q25Pct: 5, q75Pct: 9, n: 48 }],
 *   { dataLabel: 'real vLLM' }).spec.data.length; // 1
 */
export function collapseDeviationFigure(rows: readonly CollapseDeviationRow[], options: CollapseDeviationFigureOptions): Figure {
  const fn = 'collapseDeviationFigure';
  const o = withDefaults(fn, options, { id: 'nb01-collapse-deviation', title: 'Deviation from the collapse curve, by utilisation', height: 480 });
  checkInputRows(fn, 'rows', rows, { numbers: ['xMid', 'xLo', 'xHi', 'medianPct', 'q25Pct', 'q75Pct', 'n'], strings: ['group'] });
  const groups = groupSorted(rows, (r) => r.group);
  const styles = seriesStyles(groups.length, 'auto');
  const data = groups.map((g, i) => {
    const items = [...g.items].sort((a, b) => a.xMid - b.xMid);
    const trace = seriesTrace('lines+markers', {
      name: g.key,
      x: items.map((r) => r.xMid),
      y: items.map((r) => r.medianPct),
      style: styles[i],
      text: items.map((r) =>
        hoverText([
          ['group', r.group],
          ['x bin', `${r.xLo.toFixed(2)}–${r.xHi.toFixed(2)}`],
          ['median L/L_Eq.1 − 1 (%)', r.medianPct],
          ['quartiles (%)', `${r.q25Pct.toFixed(2)} to ${r.q75Pct.toFixed(2)}`],
          ['points', r.n],
        ]),
      ),
    });
    trace.error_y = {
      type: 'data',
      symmetric: false,
      array: items.map((r) => r.q75Pct - r.medianPct),
      arrayminus: items.map((r) => r.medianPct - r.q25Pct),
      color: styles[i].colour,
      thickness: 1,
      width: 3,
    };
    return trace;
  });
  const n = rows.reduce((s, r) => s + r.n, 0);
  const caption =
    o.caption ??
    `Deviation of the measured mean latency from Eq. 1 on ${o.dataLabel}, C1 and C2 from ${options.fitLabel ?? 'per-configuration Eq. 1 fits'}: ` +
      `median of L / L_Eq.1 − 1 = y·(1 − x) − 1 per x = RPS·C2 bin (${n} points in ${rows.length} bins of ${groups.length} group(s)), ` +
      'error bars the interquartile range; dashed line: no deviation.';
  const layout = figureLayout(
    o,
    {
      xaxis: axisLayout('utilisation x = RPS · C₂ (dimensionless)', { range: [0, 1] }),
      yaxis: axisLayout('L / L<sub>Eq.1</sub> − 1 (%)', { zeroline: false }),
      shapes: [horizontalLineShape(0)],
    },
    options.legendTitle ?? 'verifier',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
