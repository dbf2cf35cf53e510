import { checkInputRows } from '../../plot/check-input-rows.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { groupSorted } from '../../plot/group-sorted.js';
import { horizontalLineShape } from '../../plot/horizontal-line-shape.js';
import { hoverText } from '../../plot/hover-text.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** C1R and C2R of one (alpha, k) setting of one (prefill, decode) workload. */
export interface BestOverKRow {
  alpha: number;
  k: number;
  /** Prompt tokens per request. */
  prefillTokens: number;
  /** Output tokens per request. */
  decodeTokens: number;
  /** C1_SD / C1_D (dimensionless). */
  c1r: number;
  /** C2_SD / C2_D (dimensionless). */
  c2r: number;
}

/**
 * Fig. 3: for every (alpha, prefill, decode), the smallest C1R and the smallest C2R over k,
 * against alpha; left panel C1R (zero-load cost), right panel C2R (load-dependent cost), one
 * line per (prefill, decode): colour by prefill length, dash by decode length. The dashed
 * line at 1 separates SD cheaper (below) from costlier (above); each panel's y range holds it
 * with some room. Hover gives the minimising k.
 *
 * @param rows per-k ratios; the builder takes the minimum over k
 * @param options dataLabel (required), id, title, caption, size
 * @returns the figure (id 'fig03-best-over-k' by default)
 * @throws {Error} `bestOverKFigure requires ...` for empty or malformed rows
 * @example
 * bestOverKFigure([{ alpha: 0.6, k: 2, prefillTokens: 512, decodeTokens: 128, c1r: 0.7, c2r: 1.2 }], { dataLabel: 'simulated' });
 */
export function bestOverKFigure(rows: readonly BestOverKRow[], options: FigureOptions): Figure {
  const fn = 'bestOverKFigure';
  const o = withDefaults(fn, options, { id: 'fig03-best-over-k', title: 'Best-over-k C₁R and C₂R against α' });
  checkInputRows(fn, 'rows', rows, { numbers: ['alpha', 'k', 'prefillTokens', 'decodeTokens', 'c1r', 'c2r'] });
  const prefills = [...new Set(rows.map((r) => r.prefillTokens))].sort((a, b) => a - b);
  const decodes = [...new Set(rows.map((r) => r.decodeTokens))].sort((a, b) => a - b);
  const colours = seriesStyles(prefills.length, prefills.length > FIGURE_DEFAULTS.categorical.length ? 'sequential' : 'categorical');
  const workloads = groupSorted(rows, (r) => `prefill ${r.prefillTokens} / decode ${r.decodeTokens}`);
  const grid = facetGrid(2, { columns: 2, titles: ['zero-load cost: min over k of C₁R', 'load-dependent cost: min over k of C₂R'], xGap: 0.1 });
  const data: Array<Record<string, unknown>> = [];
  let best1 = Infinity;
  let best2 = Infinity;
  let worst1 = -Infinity;
  let worst2 = -Infinity;
  for (const w of workloads) {
    const p = w.items[0].prefillTokens;
    const d = w.items[0].decodeTokens;
    const style = {
      ...colours[prefills.indexOf(p)],
      symbol: FIGURE_DEFAULTS.symbols[decodes.indexOf(d) % FIGURE_DEFAULTS.symbols.length],
      dash: FIGURE_DEFAULTS.dashes[decodes.indexOf(d) % FIGURE_DEFAULTS.dashes.length],
    };
    const byAlpha = [...groupSorted(w.items, (r) => String(r.alpha))].sort((a, b) => a.items[0].alpha - b.items[0].alpha);
    (['c1r', 'c2r'] as const).forEach((field, fi) => {
      const minima = byAlpha.map((g) => g.items.reduce((best, r) => (r[field] < best[field] ? r : best)));
      for (const m of minima) {
        if (field === 'c1r') {
          best1 = Math.min(best1, m.c1r);
          worst1 = Math.max(worst1, m.c1r);
        } else {
          best2 = Math.min(best2, m.c2r);
          worst2 = Math.max(worst2, m.c2r);
        }
      }
      data.push(
        seriesTrace('lines+markers', {
          name: w.key,
          x: minima.map((m) => m.alpha),
          y: minima.map((m) => m[field]),
          style,
          xaxis: grid.panels[fi].xaxis,
          yaxis: grid.panels[fi].yaxis,
          legendgroup: w.key,
          showlegend: fi === 0,
          text: minima.map((m) =>
            hoverText([
              ['workload', w.key],
              ['α', m.alpha],
              [field === 'c1r' ? 'min C₁R' : 'min C₂R', m[field]],
              ['at k', m.k],
            ]),
          ),
        }),
      );
    });
  }
  const caption =
    o.caption ??
    `Best-over-k cost ratios (Fig. 3) on ${o.dataLabel}: for each α and (prefill, decode) workload, the smallest ` +
      `C1R (left) and C2R (right) over k, from per-setting Eq. 1 fits relative to the non-SD baseline; ` +
      `${workloads.length} workload(s), colour = prefill length, dash = decode length; dashed line at 1. ` +
      `Lowest C1R ${formatNumber(best1)}, lowest C2R ${formatNumber(best2)}.`;
  const layout = figureLayout(
    o,
    {
      ...facetAxes(grid.panels[0], 'acceptance probability α (per token)', 'C<sub>1</sub>R = C<sub>1,SD</sub> / C<sub>1,D</sub> (ratio)', {}, { range: rangeWithOne(best1, worst1) }),
      ...facetAxes(grid.panels[1], 'acceptance probability α (per token)', 'C<sub>2</sub>R = C<sub>2,SD</sub> / C<sub>2,D</sub> (ratio)', {}, { range: rangeWithOne(best2, worst2) }),
      annotations: grid.annotations,
      shapes: grid.panels.map((p) => horizontalLineShape(1, p)),
    },
    'workload (tokens)',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}

/** A y range holding [lo, hi] and the reference line at 1, with 5% padding, so the line never sits on the frame. */
function rangeWithOne(lo: number, hi: number): [number, number] {
  const a = Math.min(lo, 1);
  const b = Math.max(hi, 1);
  const pad = 0.05 * Math.max(b - a, 0.1);
  return [a - pad, b + pad];
}
