import { checkInputRows } from '../../plot/check-input-rows.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { hoverText } from '../../plot/hover-text.js';
import { median } from '../../util/median.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The time of one engine step at one batch size. */
export interface StepCostPoint {
  /** Where the number comes from, e.g. 'vLLM PR #5691 (A100, Llama-7B)'; one panel per source. */
  source: string;
  /** Optional series within a source, e.g. 'MQA scorer'; colour. */
  series?: string;
  /** Requests in the batch. */
  batchSize: number;
  /** Step time (ms). */
  stepMs: number;
}

/** Options of {@link stepCostFigure}. */
export interface StepCostFigureOptions extends FigureOptions {
  /** Log x axis (default: when the batch sizes of a panel span a factor of 20 or more). */
  logX?: boolean;
}

/**
 * The simulator's step cost against public measurements: step time (ms) against batch size,
 * measured values as markers, simulated values as lines of the same colour, one panel per
 * source. The caption gives the median simulated / measured ratio over matching
 * (source, series, batch size) pairs.
 *
 * @param data `{ measured, simulated }`
 * @param options dataLabel (required; name the simulator), logX, id, title, caption, size
 * @returns the figure (id 'step-cost' by default)
 * @throws {Error} `stepCostFigure requires ...` for malformed rows or no data
 * @example
 * stepCostFigure({ measured: [{ source: 'vLLM PR #5691', batchSize: 4, stepMs: 13.7 }], simulated: [] }, { dataLabel: 'simulator v1' });
 */
export function stepCostFigure(
  data: { measured: readonly StepCostPoint[]; simulated: readonly StepCostPoint[] },
  options: StepCostFigureOptions,
): Figure {
  const fn = 'stepCostFigure';
  const o = withDefaults(fn, options, { id: 'step-cost', title: 'Simulated step cost against public measurements' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { measured, simulated }`);
  const rules = { numbers: ['batchSize', 'stepMs'], strings: ['source'], optionalStrings: ['series'], minRows: 0 };
  checkInputRows(fn, 'measured', data.measured, rules);
  checkInputRows(fn, 'simulated', data.simulated, rules);
  if (data.measured.length + data.simulated.length === 0) throw new Error(`${fn} requires at least one measured or simulated point`);
  const all = [...data.measured, ...data.simulated];
  const seriesOf = (p: StepCostPoint): string => p.series ?? '';
  const sources = [...new Set(all.map((p) => p.source))].sort(naturalCompare);
  const seriesNames = [...new Set(all.map(seriesOf))].sort(naturalCompare);
  const styles = seriesStyles(seriesNames.length, 'categorical');
  const grid = facetGrid(sources.length, { columns: Math.min(sources.length, 3), titles: sources, yGap: 0.18 });
  const traces: Array<Record<string, unknown>> = [];
  const axes: Record<string, unknown> = {};
  const shown = new Set<string>();
  sources.forEach((source, si) => {
    const place = grid.panels[si];
    seriesNames.forEach((series, i) => {
      const label = series === '' ? '' : `${series} `;
      const kinds = [
        { rows: data.measured, mode: 'markers' as const, name: `${label}measured` },
        { rows: data.simulated, mode: 'lines' as const, name: `${label}simulated` },
      ];
      for (const kind of kinds) {
        const mine = kind.rows.filter((p) => p.source === source && seriesOf(p) === series).sort((a, b) => a.batchSize - b.batchSize);
        if (mine.length === 0) continue;
        traces.push(
          seriesTrace(kind.mode, {
            name: kind.name,
            legendgroup: kind.name,
            showlegend: !shown.has(kind.name),
            x: mine.map((p) => p.batchSize),
            y: mine.map((p) => p.stepMs),
            style: styles[i],
            dash: 'solid',
            xaxis: place.xaxis,
            yaxis: place.yaxis,
            text: mine.map((p) =>
              hoverText([
                ['source', source],
                ['series', p.series],
                ['values', kind.mode === 'markers' ? 'measured' : 'simulated'],
                ['batch size (requests)', p.batchSize],
                ['step time (ms)', p.stepMs],
              ]),
            ),
          }),
        );
        shown.add(kind.name);
      }
    });
    const batches = all.filter((p) => p.source === source).map((p) => p.batchSize);
    const span = Math.max(...batches) / Math.max(Math.min(...batches), 1e-12);
    const logX = (options.logX ?? span >= 20) && batches.every((b) => b > 0);
    Object.assign(axes, facetAxes(place, 'batch size (requests)', 'step time (ms)', logX ? { type: 'log' } : { rangemode: 'tozero' }, { rangemode: 'tozero' }, false));
  });
  const ratios: number[] = [];
  for (const m of data.measured) {
    const s = data.simulated.find((p) => p.source === m.source && seriesOf(p) === seriesOf(m) && p.batchSize === m.batchSize);
    if (s && m.stepMs > 0) ratios.push(s.stepMs / m.stepMs);
  }
  const caption =
    o.caption ??
    `Step cost of ${o.dataLabel} against public measurements: step time against batch size, markers measured, lines simulated, ` +
      `one panel per source (${sources.join('; ')}). ` +
      (ratios.length > 0
        ? `Median simulated / measured ratio ${formatNumber(median(ratios))} over ${ratios.length} matching batch size(s).`
        : 'No simulated value shares a batch size with a measured one.');
  const layout = figureLayout(o, { ...axes, annotations: grid.annotations }, 'series');
  layout.legend = { ...(layout.legend as Record<string, unknown>), orientation: 'h', x: 0, y: -0.18, yanchor: 'top' };
  layout.margin = { ...(layout.margin as Record<string, unknown>), b: 120 };
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
