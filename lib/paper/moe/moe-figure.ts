import { eq1LatencyCore } from '../../model/eq1-latency.js';
import type { Eq1Coefficients } from '../../model/latency-prediction.js';
import type { MoeCoefficients, MoeRouting } from '../../model/moe-coefficients.js';
import { moeCoverageCore } from '../../model/moe-coverage.js';
import { moeLatencyCore } from '../../model/moe-latency.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
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

/** One measured load level of one MoE model at one draft length (k = 0: no SD). */
export interface MoePoint {
  model: string;
  k: number;
  rps: number;
  latencyS: number;
}

/** The plain Eq. 1 fit and the coverage-corrected Eq. 4 fit of one (model, k). */
export interface MoeFit {
  model: string;
  k: number;
  /** Plain Eq. 1 coefficients (s, s per concurrent request). */
  plain: Eq1Coefficients;
  /** Eq. 4 coefficients. */
  corrected: MoeCoefficients;
  /** Experts, active experts and routed tokens per in-flight request used by the fit. */
  routing: MoeRouting;
  /** R² of each fit, when known (for the caption). */
  plainR2?: number;
  correctedR2?: number;
}

/** Options of {@link moeFigure}. */
export interface MoeFigureOptions extends FigureOptions {
  /** Palette for k (default 'auto'). */
  colours?: 'categorical' | 'sequential' | 'auto';
}

/**
 * Fig. 8: MoE verifiers, one column per model. Top: measured mean latency against request
 * rate (markers) with the plain Eq. 1 fit (dashed) and the coverage-corrected Eq. 4 fit
 * (solid), colour by k, with a legend key for the two line styles. Bottom: the expert coverage phi(T) = 1 − (1 − m/M)^T implied by the
 * corrected fit, T = RPS·L·tokensPerRequest. Curves run to 1.1 × the highest measured rate,
 * stopping before either model saturates.
 *
 * @param data `{ points, fits }`
 * @param options dataLabel (required), colours, id, title, caption, size
 * @returns the figure (id 'fig08-moe' by default)
 * @throws {Error} `moeFigure requires ...` for malformed rows or no data
 * @example
 * moeFigure({ points: [{ model: 'gpt-oss-20b', k: 0, rps: 1, latencyS: 2 }], fits: [] }, { dataLabel: 'simulated' });
 */
export function moeFigure(data: { points: readonly MoePoint[]; fits: readonly MoeFit[] }, options: MoeFigureOptions): Figure {
  const fn = 'moeFigure';
  const o = withDefaults(fn, options, { id: 'fig08-moe', title: 'MoE: plain Eq. 1 and coverage-corrected Eq. 4', height: 640 });
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { points, fits }`);
  checkInputRows(fn, 'points', data.points, { numbers: ['k', 'rps', 'latencyS'], strings: ['model'], minRows: 0 });
  checkInputRows(fn, 'fits', data.fits, { numbers: ['k'], strings: ['model'], minRows: 0 });
  if (data.points.length + data.fits.length === 0) throw new Error(`${fn} requires at least one point or fit`);
  data.fits.forEach((f, i) => {
    checkInputRows(fn, `fits[${i}].plain`, [f.plain], { numbers: ['c1', 'c2'] });
    checkInputRows(fn, `fits[${i}].corrected`, [f.corrected], { numbers: ['c1_u', 'c1_s', 'c2_u', 'c2_s'] });
    checkInputRows(fn, `fits[${i}].routing`, [f.routing], { numbers: ['experts', 'active', 'tokensPerRequest'] });
    if (!(f.plain.c1 > 0) || !(f.corrected.c1_u > 0) || !(f.routing.active > 0 && f.routing.active <= f.routing.experts)) {
      throw new Error(`${fn} requires fits[${i}] with c1 > 0, c1_u > 0 and 0 < active <= experts`);
    }
  });
  const models = [...new Set([...data.points.map((p) => p.model), ...data.fits.map((f) => f.model)])].sort(naturalCompare);
  const ks = [...new Set([...data.points.map((p) => p.k), ...data.fits.map((f) => f.k)])].sort((a, b) => a - b);
  const styles = seriesStyles(ks.length, options.colours ?? 'auto');
  const kName = (k: number): string => (k === 0 ? 'no SD' : `k = ${k}`);
  // Row 0: latency panels (one per model); row 1: coverage panels.
  const grid = facetGrid(models.length * 2, {
    columns: models.length,
    titles: [...models, ...models.map(() => '')],
    rowHeights: [0.65, 0.35],
    yGap: 0.12,
  });
  const traces: Array<Record<string, unknown>> = [];
  const axes: Record<string, unknown> = {};
  const shown = new Set<string>();
  const r2Notes: string[] = [];
  models.forEach((model, mi) => {
    const top = grid.panels[mi];
    const bottom = grid.panels[models.length + mi];
    ks.forEach((k, ki) => {
      const style = styles[ki];
      const group = kName(k);
      const mine = data.points.filter((p) => p.model === model && p.k === k).sort((a, b) => a.rps - b.rps);
      if (mine.length > 0) {
        traces.push(
          seriesTrace('markers', {
            name: group,
            x: mine.map((p) => p.rps),
            y: mine.map((p) => p.latencyS),
            style,
            xaxis: top.xaxis,
            yaxis: top.yaxis,
            legendgroup: group,
            showlegend: !shown.has(group),
            text: mine.map((p) => hoverText([['model', model], ['k', k], ['RPS (requests/s)', p.rps], ['measured L (s)', p.latencyS]])),
          }),
        );
        shown.add(group);
      }
      const fit = data.fits.find((f) => f.model === model && f.k === k);
      if (!fit) return;
      const fullC2 = fit.corrected.c2_u + fit.corrected.c2_s;
      const limits = [fit.plain.c2 > 0 ? 0.98 / fit.plain.c2 : Infinity, fullC2 > 0 ? 0.98 / fullC2 : Infinity];
      const measured = mine.length > 0 ? 1.1 * mine[mine.length - 1].rps : Infinity;
      let end = Math.min(measured, ...limits);
      if (!Number.isFinite(end) || end <= 0) end = 1;
      const xs = linspace(0, end, FIGURE_DEFAULTS.curveSamples);
      const plain = xs.map((x) => eq1LatencyCore(x, fit.plain.c1, fit.plain.c2));
      const corrected = xs.map((x) => moeLatencyCore(x, fit.corrected, fit.routing));
      const phi = xs.map((x, j) =>
        Number.isFinite(corrected[j])
          ? moeCoverageCore(x * corrected[j] * fit.routing.tokensPerRequest, fit.routing.experts, fit.routing.active)
          : null,
      );
      const axesTop = { xaxis: top.xaxis, yaxis: top.yaxis, legendgroup: group, showlegend: !shown.has(group) };
      shown.add(group);
      traces.push(
        seriesTrace('lines', {
          name: `${group} Eq. 1 (plain)`,
          x: xs,
          y: plain,
          style,
          dash: 'dash',
          ...axesTop,
          text: xs.map((x, j) => hoverText([['model', model], ['k', k], ['RPS (requests/s)', x], ['plain Eq. 1 L (s)', plain[j]]])),
        }),
      );
      traces.push(
        seriesTrace('lines', {
          name: `${group} Eq. 4 (coverage-corrected)`,
          x: xs,
          y: corrected,
          style,
          dash: 'solid',
          xaxis: top.xaxis,
          yaxis: top.yaxis,
          legendgroup: group,
          showlegend: false,
          text: xs.map((x, j) => hoverText([['model', model], ['k', k], ['RPS (requests/s)', x], ['Eq. 4 L (s)', corrected[j]], ['coverage φ', phi[j]]])),
        }),
      );
      traces.push(
        seriesTrace('lines', {
          name: `${group} coverage φ`,
          x: xs,
          y: phi,
          style,
          dash: 'solid',
          xaxis: bottom.xaxis,
          yaxis: bottom.yaxis,
          legendgroup: group,
          showlegend: false,
          text: xs.map((x, j) => hoverText([['model', model], ['k', k], ['RPS (requests/s)', x], ['coverage φ', phi[j]]])),
        }),
      );
      if (fit.plainR2 !== undefined && fit.correctedR2 !== undefined && fit.plainR2 !== null && fit.correctedR2 !== null) {
        r2Notes.push(`${model} ${group} ${formatNumber(fit.plainR2)} → ${formatNumber(fit.correctedR2)}`);
      }
    });
    Object.assign(
      axes,
      facetAxes(top, 'RPS (requests/s)', 'mean latency L (s)', { rangemode: 'tozero' }, { rangemode: 'tozero' }, false),
      facetAxes(bottom, 'request rate RPS (requests/s)', 'coverage φ (fraction)', { rangemode: 'tozero', matches: top.xaxis }, { range: [0, 1.02] }, false),
    );
  });
  if (data.fits.length > 0) {
    // Line-style key: which curve is which fit (the colours are the draft lengths).
    for (const [name, dash] of [['plain Eq. 1 (dashed)', 'dash'], ['Eq. 4 (solid)', 'solid']] as const) {
      traces.push({
        type: 'scatter',
        mode: 'lines',
        name,
        x: [null],
        y: [null],
        line: { color: FIGURE_DEFAULTS.referenceColour, width: FIGURE_DEFAULTS.referenceWidth, dash },
        hoverinfo: 'skip',
        showlegend: true,
        legendgroup: 'fit-style',
      });
    }
  }
  const caption =
    o.caption ??
    `MoE verifiers (Fig. 8) on ${o.dataLabel}: top, measured mean latency (markers) with the plain Eq. 1 fit (dashed) and ` +
      `the coverage-corrected Eq. 4 fit (solid), colour by k; bottom, expert coverage φ = 1 − (1 − m/M)^T implied by the ` +
      `corrected fit, T = RPS × L × routed tokens per request. ${data.fits.length} fit(s), ${data.points.length} point(s)` +
      (r2Notes.length > 0 && r2Notes.length <= 9 ? `; R² plain → corrected: ${r2Notes.join('; ')}` : '') +
      '.';
  const layout = figureLayout(o, { ...axes, annotations: grid.annotations }, 'draft length');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
