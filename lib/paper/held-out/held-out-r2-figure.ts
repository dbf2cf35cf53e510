import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { PAPER_REPORTED_VALUES } from '../shared/paper-reported-values.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import { coefficientLabel } from '../shared/coefficient-label.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { horizontalLineShape } from '../../plot/horizontal-line-shape.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';

/** Held-out R² of one coefficient's length model, for one model and one leave-n-out size. */
export interface HeldOutR2Row {
  /** Verifier name, e.g. 'Qwen3-8B'. */
  model: string;
  /** Coefficient name, e.g. 'c2_p'. */
  coefficient: string;
  /** Prefill/decode combinations held out per fold. */
  n: number;
  /** R² on the held-out combinations (may be negative). */
  r2: number;
}

/** Options of {@link heldOutR2Figure}. */
export interface HeldOutR2FigureOptions extends FigureOptions {
  /** Dashed reference level (default 0.97, the paper's Fig. 7 claim). */
  threshold?: number;
  /**
   * Lowest R² drawn; lower bars are clipped and labelled. Default: when at least half the values
   * reach 0.5, just below the lowest of those (0.05 grid, within [0.5, 0.9]), so the threshold
   * region stays readable; otherwise just below the lowest value (0.1 grid, not below −1).
   */
  yMin?: number;
}

/**
 * Fig. 7: held-out R² of each coefficient in leave-n-out cross-validation over the
 * prefill/decode combinations, grouped bars by n (colour), one panel per model, with a dashed
 * line at 0.97. The y axis starts near the data so the threshold is readable; bars below it
 * are clipped and carry their value. With a floor above 0, bars rise from the floor; with a
 * floor below 0 they start at R² = 0 (a solid line), so negative R² points down. The default
 * height grows with the number of panel rows.
 *
 * @param rows one R² per (model, coefficient, n)
 * @param options dataLabel (required), threshold, yMin, id, title, caption, size
 * @returns the figure (id 'fig07-held-out-r2' by default)
 * @throws {Error} `heldOutR2Figure requires ...` for empty or malformed rows
 * @example
 * heldOutR2Figure([{ model: 'Qwen3-8B', coefficient: 'c2_p', n: 1, r2: 0.99 }], { dataLabel: 'simulated' });
 */
export function heldOutR2Figure(rows: readonly HeldOutR2Row[], options: HeldOutR2FigureOptions): Figure {
  const fn = 'heldOutR2Figure';
  checkInputRows(fn, 'rows', rows, { numbers: ['n', 'r2'], strings: ['model', 'coefficient'] });
  const nModels = new Set(rows.map((r) => r.model)).size;
  const columns = nModels <= 3 ? nModels : nModels === 4 ? 2 : 3;
  const nRows = Math.ceil(nModels / columns);
  const o = withDefaults(fn, options, {
    id: 'fig07-held-out-r2',
    title: 'Held-out R² in leave-n-out cross-validation',
    height: Math.max(560, 140 + 240 * nRows),
  });
  const threshold = options.threshold ?? PAPER_REPORTED_VALUES.heldOutR2Min;
  if (!Number.isFinite(threshold)) throw new Error(`${fn} requires a finite options.threshold`);
  const models = [...new Set(rows.map((r) => r.model))].sort(naturalCompare);
  const order = (c: string): number => {
    const i = (SD_COEFFICIENT_NAMES as readonly string[]).indexOf(c);
    return i < 0 ? SD_COEFFICIENT_NAMES.length : i;
  };
  const coefficients = [...new Set(rows.map((r) => r.coefficient))].sort((a, b) => order(a) - order(b) || naturalCompare(a, b));
  const ns = [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b);
  const styles = seriesStyles(ns.length, 'categorical');
  // Floor of the bars. Mostly high R²: just below the lowest R² that is at least 0.5, on a 0.05 grid, within
  // [0.5, 0.9]; the few lower values would squash the region around the threshold, so they are clipped and
  // labelled. Mostly low R²: the whole range down to the lowest value (0.1 grid), clipped only below −1.
  const all = rows.map((r) => r.r2);
  const usable = all.filter((r) => r >= 0.5);
  const floor =
    usable.length >= all.length / 2
      ? Math.min(0.9, Math.max(0.5, Math.floor((Math.min(...usable) - 0.02) * 20) / 20))
      : Math.max(-1, Math.min(0.5, Math.floor((Math.min(...all) - 0.05) * 10) / 10));
  const yMin = options.yMin ?? floor;
  if (!(Number.isFinite(yMin) && yMin < 1)) throw new Error(`${fn} requires options.yMin < 1`);
  const base = Math.max(yMin, 0);
  const grid = facetGrid(models.length, { columns, titles: models, yGap: 0.45 / nRows });
  const data: Array<Record<string, unknown>> = [];
  const axes: Record<string, unknown> = {};
  models.forEach((model, mi) => {
    const panel = grid.panels[mi];
    ns.forEach((n, ni) => {
      const mine = coefficients
        .map((c) => rows.find((r) => r.model === model && r.coefficient === c && r.n === n))
        .filter((r): r is HeldOutR2Row => r !== undefined);
      if (mine.length === 0) return;
      const trace: Record<string, unknown> = {
        type: 'bar',
        name: `n = ${n} held out`,
        x: mine.map((r) => coefficientLabel(r.coefficient)),
        // Bars run from the base (the floor, or 0 when the floor is negative) to the R² value; a bar clipped at
        // the floor (R² < yMin) stops there, or gets a stub of 0.02 when the floor is the base.
        y: mine.map((r) => (r.r2 < yMin ? (base === yMin ? 0.02 : yMin - base) : r.r2 - base)),
        base,
        marker: { color: styles[ni].colour },
        legendgroup: `n=${n}`,
        showlegend: mi === 0,
        text: mine.map((r) => (r.r2 < yMin ? formatNumber(r.r2, 2) : '')),
        textposition: 'outside',
        textfont: { size: 10 },
        cliponaxis: false,
        hovertemplate: mine.map(
          (r) => `${model}<br>${r.coefficient}, n = ${n} held out<br>R² = ${formatNumber(r.r2, 4)}<extra></extra>`,
        ),
      };
      if (panel.xaxis !== 'x') Object.assign(trace, { xaxis: panel.xaxis, yaxis: panel.yaxis });
      data.push(trace);
    });
    Object.assign(
      axes,
      facetAxes(
        panel,
        'coefficient',
        'held-out R² (dimensionless)',
        { type: 'category', categoryorder: 'array', categoryarray: coefficients.map(coefficientLabel), showgrid: false },
        {
          ...(mi === 0 ? { range: [yMin, 1.05] } : { matches: 'y' }),
          ...(yMin < 0 ? { zeroline: true, zerolinecolor: '#444444', zerolinewidth: 1 } : {}),
        },
        false,
      ),
    );
  });
  const passing = rows.filter((r) => r.r2 >= threshold).length;
  const clipped = rows.filter((r) => r.r2 < yMin).length;
  const caption =
    o.caption ??
    `Held-out R² (Fig. 7) on ${o.dataLabel}: leave-n-out over the prefill/decode combinations, n ∈ {${ns.join(', ')}}, ` +
      `for each coefficient's length model, one panel per model; dashed line at R² = ${formatNumber(threshold)}. ` +
      `${passing}/${rows.length} values reach it` +
      (yMin < 0 ? '; R² below 0 (worse than predicting the mean) points down from the solid line at 0' : '') +
      (clipped > 0 ? `; ${clipped} bar(s) below ${formatNumber(yMin)} are clipped and labelled.` : '.');
  const layout = figureLayout(
    o,
    {
      ...axes,
      barmode: 'group',
      // Value labels of clipped bars at a readable size, whatever the bar width.
      uniformtext: { minsize: 9, mode: 'show' },
      annotations: grid.annotations,
      shapes: grid.panels.map((p) => horizontalLineShape(threshold, p)),
    },
    'held out',
  );
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
