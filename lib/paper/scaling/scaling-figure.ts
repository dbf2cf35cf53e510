import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import { coefficientLabel } from '../shared/coefficient-label.js';
import { facetAxes } from '../../plot/facet-axes.js';
import { facetGrid } from '../../plot/facet-grid.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { formatNumber } from '../../util/format-number.js';
import { geomspace } from '../../util/geomspace.js';
import { hoverText } from '../../plot/hover-text.js';
import { logAxisTicks } from '../../plot/log-axis-ticks.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';

/** One of the six SD coefficients of Eq. 3. */
export type SdCoefficientName = (typeof SD_COEFFICIENT_NAMES)[number];

/** One fitted coefficient of one system against the size of the model it scales with. */
export interface ScalingPoint {
  coefficient: SdCoefficientName;
  /** Parameters of the verifier (c*_p, c*_v) or the drafter (c*_d), in billions. */
  paramsB: number;
  /** The coefficient (s; s per concurrent request for c2_*). */
  valueS: number;
  /** Model name for colour and hover, e.g. 'Qwen3-8B'. */
  label: string;
}

/** A fitted line valueS = slope × paramsB + intercept for one coefficient. */
export interface ScalingFit {
  coefficient: SdCoefficientName;
  /** Slope (s per billion parameters). */
  slope: number;
  /** Intercept (s); 0 or absent for a proportional fit. */
  intercept?: number;
  /** R² of the fit. */
  r2: number;
}

/** Options of {@link scalingFigure}. */
export interface ScalingFigureOptions extends FigureOptions {
  /** The sizes are per GPU (scalingPoints' perGpu): the axis titles say 'per GPU' (default false). */
  perGpu?: boolean;
}

/**
 * Fig. 5: the pooled Eq. 3 coefficients across model sizes, log–log, one panel per
 * coefficient: c1_p, c1_v, c2_p, c2_v against verifier parameters, c1_d, c2_d against drafter
 * parameters. Markers coloured by model; the caller's fitted lines in black (proportional, i.e.
 * no intercept, solid; with an intercept, dashed; one or both per coefficient), with one legend
 * entry per line form and each line's R² in its panel's title. Log axes carry plain-number 1-2-5 ticks. Values are shown in milliseconds; points
 * that are not positive cannot sit on a log axis and are left out (counted in the caption).
 *
 * @param data `{ points, fits? }`
 * @param options dataLabel (required), perGpu, id, title, caption, size
 * @returns the figure (id 'fig05-scaling' by default)
 * @throws {Error} `scalingFigure requires ...` for malformed rows, an unknown coefficient or no positive point
 * @example
 * scalingFigure({ points: [{ coefficient: 'c1_v', paramsB: 8, valueS: 0.02, label: 'Qwen3-8B' }], fits: [] }, { dataLabel: 'simulated' });
 */
export function scalingFigure(
  data: { points: readonly ScalingPoint[]; fits?: readonly ScalingFit[] },
  options: ScalingFigureOptions,
): Figure {
  const fn = 'scalingFigure';
  const o = withDefaults(fn, options, { id: 'fig05-scaling', title: 'Coefficients against model size', width: 1100, height: 640 });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, fits }`);
  const fits = data.fits ?? [];
  checkInputRows(fn, 'points', data.points, { numbers: ['paramsB', 'valueS'], strings: ['coefficient', 'label'] });
  checkInputRows(fn, 'fits', fits, { numbers: ['slope', 'r2'], strings: ['coefficient'], optionalNumbers: ['intercept'], minRows: 0 });
  for (const [name, rows] of [['points', data.points], ['fits', fits]] as const) {
    rows.forEach((r, i) => {
      if (!(SD_COEFFICIENT_NAMES as readonly string[]).includes(r.coefficient)) {
        throw new Error(`${fn} requires ${name}[${i}].coefficient to be one of ${SD_COEFFICIENT_NAMES.join(', ')}`);
      }
    });
  }
  const perGpu = options.perGpu ? ' per GPU' : '';
  const positive = data.points.filter((p) => p.paramsB > 0 && p.valueS > 0);
  if (positive.length === 0) throw new Error(`${fn} requires at least one point with positive paramsB and valueS`);
  const dropped = data.points.length - positive.length;
  const coefficients = SD_COEFFICIENT_NAMES.filter((c) => positive.some((p) => p.coefficient === c));
  const labels = [...new Set(positive.map((p) => p.label))].sort(naturalCompare);
  const styles = seriesStyles(labels.length, 'categorical');
  const fitsOf = (c: string) => fits.filter((f) => f.coefficient === c);
  const grid = facetGrid(coefficients.length, {
    columns: Math.min(coefficients.length, 3),
    titles: coefficients.map((c) => {
      const mine = fitsOf(c);
      if (mine.length === 0) return coefficientLabel(c);
      if (mine.length === 1) return `${coefficientLabel(c)}: ${fitForm(mine[0])} fit R² = ${formatNumber(mine[0].r2)}`;
      return `${coefficientLabel(c)}: R² ${mine.map((f) => `${formatNumber(f.r2)} ${fitForm(f)}`).join(', ')}`;
    }),
    xGap: 0.13,
    yGap: 0.2,
  });
  const traces: Array<Record<string, unknown>> = [];
  const shown = new Set<string>();
  const axes: Record<string, unknown> = {};
  const r2Notes: string[] = [];
  coefficients.forEach((coefficient, ci) => {
    const panel = grid.panels[ci];
    const own = positive.filter((p) => p.coefficient === coefficient);
    for (const label of labels) {
      const mine = own.filter((p) => p.label === label).sort((a, b) => a.paramsB - b.paramsB);
      if (mine.length === 0) continue;
      traces.push(
        seriesTrace('markers', {
          name: label,
          x: mine.map((p) => p.paramsB),
          y: mine.map((p) => p.valueS * 1000),
          style: styles[labels.indexOf(label)],
          xaxis: panel.xaxis,
          yaxis: panel.yaxis,
          legendgroup: label,
          showlegend: !shown.has(label),
          text: mine.map((p) =>
            hoverText([
              ['model', p.label],
              ['coefficient', coefficient],
              ['parameters (billions)', p.paramsB],
              [`${coefficient} (ms${coefficient.startsWith('c2') ? '/request' : ''})`, p.valueS * 1000],
            ]),
          ),
        }),
      );
      shown.add(label);
    }
    const xs = own.map((p) => p.paramsB);
    const ysMs = own.map((p) => p.valueS * 1000);
    const curveX = geomspace(Math.min(...xs) / 1.3, Math.max(...xs) * 1.3, 40);
    const mine = fitsOf(coefficient);
    for (const fit of mine) {
      const intercept = fit.intercept ?? 0;
      const ys = curveX.map((x) => fit.slope * x + intercept);
      const keep = curveX.map((_, i) => ys[i] > 0);
      if (keep.filter(Boolean).length >= 2) {
        const form = fitForm(fit);
        const name = `${form} least-squares fit`;
        traces.push(
          seriesTrace('lines', {
            name,
            x: curveX.filter((_, i) => keep[i]),
            y: ys.filter((_, i) => keep[i]).map((y) => y * 1000),
            style: { colour: '#000000', symbol: 'circle', dash: form === 'proportional' ? 'solid' : 'dash' },
            xaxis: panel.xaxis,
            yaxis: panel.yaxis,
            legendgroup: name,
            showlegend: !shown.has(name),
          }),
        );
        shown.add(name);
        // Fits after the models in the legend.
        traces[traces.length - 1].legendrank = 2000 + ci;
        for (const [i, y] of ys.entries()) if (keep[i]) ysMs.push(y * 1000);
      }
    }
    if (mine.length === 1) r2Notes.push(`${coefficient} ${formatNumber(mine[0].r2)}`);
    if (mine.length > 1) r2Notes.push(`${coefficient} ${mine.map((f) => `${formatNumber(f.r2)} (${fitForm(f)})`).join(' / ')}`);
    // Plain-number ticks over the panel's own range (data and line).
    const xRange: [number, number] = [curveX[0], curveX[curveX.length - 1]];
    const yRange: [number, number] = [Math.min(...ysMs) / 1.15, Math.max(...ysMs) * 1.15];
    const logAxis = (range: [number, number]): Record<string, unknown> => {
      const ticks = logAxisTicks(range[0], range[1]);
      const axis: Record<string, unknown> = { type: 'log', range: range.map((v) => Math.log10(v)) };
      return ticks.tickvals.length >= 2 ? { ...axis, tickmode: 'array', ...ticks } : axis;
    };
    const isDrafter = coefficient.endsWith('_d');
    Object.assign(
      axes,
      facetAxes(
        panel,
        `${isDrafter ? 'drafter' : 'verifier'} parameters${perGpu} (billions)`,
        `${coefficientLabel(coefficient)} (ms${coefficient.startsWith('c2') ? '/request' : ''})`,
        logAxis(xRange),
        logAxis(yRange),
      ),
    );
  });
  const caption =
    o.caption ??
    `Coefficient scaling with model size (Fig. 5) on ${o.dataLabel}: pooled Eq. 3 coefficients per system, log–log, ` +
      `c1_p, c1_v, c2_p, c2_v against verifier parameters${perGpu} and c1_d, c2_d against drafter parameters${perGpu} (${positive.length} values, shown in ms)` +
      (r2Notes.length > 0 ? `; black lines are least-squares fits (R² in each panel's title): ${r2Notes.join(', ')}` : '') +
      (dropped > 0 ? `; ${dropped} non-positive value(s) not shown on the log axes` : '') +
      '.';
  const layout = figureLayout(o, { ...axes, annotations: grid.annotations }, 'model / fit');
  // The right column's x axis title is wider than its panel: keep the legend clear of it.
  layout.legend = { ...(layout.legend as Record<string, unknown>), x: 1.07 };
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}

function fitForm(fit: ScalingFit): 'proportional' | 'linear' {
  return (fit.intercept ?? 0) === 0 ? 'proportional' : 'linear';
}
