import { checkInputRows } from '../../plot/check-input-rows.js';
import { coefficientLabel } from '../shared/coefficient-label.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { hoverText } from '../../plot/hover-text.js';
import { linspace } from '../../util/linspace.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** The load-dependent coefficients whose length dependence Fig. 6 shows. */
export type LengthCoefficientName = 'c2_p' | 'c2_v';

/** One fitted coefficient of one (model, prefill, decode) system. */
export interface LengthScalingPoint {
  /** Verifier name, e.g. 'Qwen3-8B'. */
  model: string;
  coefficient: LengthCoefficientName;
  prefillTokens: number;
  decodeTokens: number;
  /** The coefficient (s per concurrent request). */
  valueS: number;
}

/** A line valueS = slope × length + intercept of one model and coefficient. */
export interface LengthScalingFit {
  model: string;
  coefficient: LengthCoefficientName;
  /** Slope (s per concurrent request per token of effective length). */
  slope: number;
  /** Intercept (s per concurrent request). */
  intercept: number;
  /** R² of the fit, when known. */
  r2?: number;
}

/** Options of {@link lengthScalingFigure}. */
export interface LengthScalingFigureOptions extends FigureOptions {
  /** Weight of the decode length in c2_v's effective length (default 0.5: the time-averaged KV cache). */
  decodeWeight?: number;
}

/**
 * Fig. 6: c2_p against prefill length (left) and c2_v against the effective length
 * prefill + w × decode, w = 0.5 by default (right), one colour per model: markers for each
 * (prefill, decode) system, lines for the caller's linear fits (R² in hover and caption; the
 * legend title says which is which).
 * Values are shown in milliseconds per concurrent request.
 *
 * @param data `{ points, fits? }`
 * @param options dataLabel (required), decodeWeight, id, title, caption, size
 * @returns the figure (id 'fig06-length-scaling' by default)
 * @throws {Error} `lengthScalingFigure requires ...` for malformed rows or an unknown coefficient
 * @example
 * lengthScalingFigure({ points: [{ model: 'Qwen3-8B', coefficient: 'c2_p', prefillTokens: 512, decodeTokens: 128, valueS: 0.004 }] }, { dataLabel: 'simulated' });
 */
export function lengthScalingFigure(
  data: { points: readonly LengthScalingPoint[]; fits?: readonly LengthScalingFit[] },
  options: LengthScalingFigureOptions,
): Figure {
  const fn = 'lengthScalingFigure';
  const o = withDefaults(fn, options, { id: 'fig06-length-scaling', title: 'Load-dependent coefficients against sequence length' });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, fits }`);
  const fits = data.fits ?? [];
  checkInputRows(fn, 'points', data.points, {
    numbers: ['prefillTokens', 'decodeTokens', 'valueS'],
    strings: ['model', 'coefficient'],
  });
  checkInputRows(fn, 'fits', fits, { numbers: ['slope', 'intercept'], optionalNumbers: ['r2'], strings: ['model', 'coefficient'], minRows: 0 });
  const w = options.decodeWeight ?? 0.5;
  if (!(Number.isFinite(w) && w >= 0)) throw new Error(`${fn} requires options.decodeWeight >= 0`);
  const panels = [
    { coefficient: 'c2_p' as const, x: (p: LengthScalingPoint) => p.prefillTokens, title: 'prefill length p (tokens)' },
    { coefficient: 'c2_v' as const, x: (p: LengthScalingPoint) => p.prefillTokens + w * p.decodeTokens, title: `effective length p + ${formatNumber(w)}·g (tokens)` },
  ];
  for (const [name, rows] of [['points', data.points], ['fits', fits]] as const) {
    rows.forEach((r, i) => {
      if (r.coefficient !== 'c2_p' && r.coefficient !== 'c2_v') throw new Error(`${fn} requires ${name}[${i}].coefficient to be c2_p or c2_v`);
    });
  }
  const models = [...new Set(data.points.map((p) => p.model))].sort(naturalCompare);
  const styles = seriesStyles(models.length, 'categorical');
  const present = panels.filter((p) => data.points.some((q) => q.coefficient === p.coefficient));
  const grid = facetGrid(present.length, { columns: present.length, titles: present.map((p) => coefficientLabel(p.coefficient)), xGap: 0.1 });
  const traces: Array<Record<string, unknown>> = [];
  const shown = new Set<string>();
  const axes: Record<string, unknown> = {};
  const notes: string[] = [];
  present.forEach((panel, pi) => {
    const place = grid.panels[pi];
    for (const model of models) {
      const style = styles[models.indexOf(model)];
      const mine = data.points.filter((p) => p.model === model && p.coefficient === panel.coefficient).sort((a, b) => panel.x(a) - panel.x(b));
      if (mine.length === 0) continue;
      traces.push(
        seriesTrace('markers', {
          name: model,
          x: mine.map(panel.x),
          y: mine.map((p) => p.valueS * 1000),
          style,
          xaxis: place.xaxis,
          yaxis: place.yaxis,
          legendgroup: model,
          showlegend: !shown.has(model),
          text: mine.map((p) =>
            hoverText([
              ['model', model],
              ['prefill (tokens)', p.prefillTokens],
              ['decode (tokens)', p.decodeTokens],
              [`${panel.coefficient} (ms/request)`, p.valueS * 1000],
            ]),
          ),
        }),
      );
      shown.add(model);
      const fit = fits.find((f) => f.model === model && f.coefficient === panel.coefficient);
      if (fit) {
        const xs = mine.map(panel.x);
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        const line = linspace(lo, hi > lo ? hi : lo + 1, 2);
        traces.push(
          seriesTrace('lines', {
            name: `${model} linear fit${fit.r2 !== undefined && fit.r2 !== null ? `, R² = ${formatNumber(fit.r2)}` : ''}`,
            x: line,
            y: line.map((x) => (fit.slope * x + fit.intercept) * 1000),
            style,
            xaxis: place.xaxis,
            yaxis: place.yaxis,
            legendgroup: model,
            showlegend: false,
          }),
        );
        if (fit.r2 !== undefined && fit.r2 !== null) notes.push(`${model} ${panel.coefficient} ${formatNumber(fit.r2)}`);
      }
    }
    Object.assign(axes, facetAxes(place, panel.title, `${coefficientLabel(panel.coefficient)} (ms/request)`, {}, { rangemode: 'tozero' }));
  });
  const caption =
    o.caption ??
    `Length dependence of the load-dependent coefficients (Fig. 6) on ${o.dataLabel}: pooled Eq. 3 fits per ` +
      `(model, prefill, decode) system; c2_p against prefill length, c2_v against prefill + ${formatNumber(w)} × decode ` +
      `(the time-averaged KV-cache length); ${data.points.length} values of ${models.length} model(s), in ms per concurrent request` +
      (notes.length > 0 ? `; lines are linear fits per model, R²: ${notes.join(', ')}` : '') +
      '.';
  const layout = figureLayout(o, { ...axes, annotations: grid.annotations }, fits.length > 0 ? 'model<br><sub>dots: fits per length pair; lines: least squares</sub>' : 'model');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
