import { checkInputRows } from '../../plot/check-input-rows.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { hoverText } from '../../plot/hover-text.js';
import { linspace } from '../../util/linspace.js';
import { collapseDeviationStats, type CollapsePoint } from './collapse-deviation-stats.js';
import { referenceLineTrace } from '../../plot/reference-line-trace.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';
import { FIGURE_DEFAULTS } from '../../plot/figure-defaults.js';

export type { CollapsePoint };

/** Traces and summary numbers of a collapse plot, see {@link collapseTraces}. */
export interface CollapseTraces {
  data: Array<Record<string, unknown>>;
  groups: number;
  /** Median |y / (1/(1 − x)) − 1| in percent over points with x < 1; NaN if none. */
  medianDeviationPct: number;
  /** Points at or past x = 1, where the curve is undefined. */
  beyondSaturation: number;
}

/**
 * The traces shared by the collapse figures (Fig. 1 and Fig. 4c): one marker trace per
 * group in natural order, then the curve y = 1/(1 − x) sampled on [0, xMax].
 *
 * @param fn calling builder, for messages
 * @param points normalised points
 * @param xMax where the reference curve ends (in (0, 1))
 * @param colours palette kind for the groups
 * @returns traces and summary numbers for the caption
 * @throws {Error} `<fn> requires ...` for empty or malformed points or xMax outside (0, 1)
 * @example
 * collapseTraces('collapseFigure', [{ x: 0.5, y: 2, group: 'a' }], 0.95, 'auto').medianDeviationPct; // 0
 */
export function collapseTraces(
  fn: string,
  points: readonly CollapsePoint[],
  xMax: number,
  colours: 'categorical' | 'sequential' | 'auto',
): CollapseTraces {
  checkInputRows(fn, 'points', points, { numbers: ['x', 'y'], strings: ['group'], optionalStrings: ['label'] });
  if (!(xMax > 0 && xMax < 1)) throw new Error(`${fn} requires options.xMax in (0, 1)`);
  const groups = groupSorted(points, (p) => p.group);
  const styles = seriesStyles(groups.length, colours);
  const data = groups.map((g, i) =>
    seriesTrace('markers', {
      name: g.key,
      x: g.items.map((p) => p.x),
      y: g.items.map((p) => p.y),
      style: styles[i],
      text: g.items.map((p) =>
        hoverText([
          ['group', p.group],
          ['configuration', p.label],
          ['x = RPS·C₂', p.x],
          ['y = L/C₁', p.y],
          ['1/(1 − x)', p.x < 1 ? 1 / (1 - p.x) : null],
        ]),
      ),
    }),
  );
  const xs = linspace(0, xMax, FIGURE_DEFAULTS.curveSamples);
  data.push(
    referenceLineTrace(
      xs,
      xs.map((x) => 1 / (1 - x)),
      { name: 'y = 1/(1 − x) (Eq. 1)', dash: 'solid', colour: '#222222' },
    ),
  );
  const deviation = collapseDeviationStats(points);
  return { data, groups: groups.length, medianDeviationPct: deviation.medianPct, beyondSaturation: deviation.beyondSaturation };
}
