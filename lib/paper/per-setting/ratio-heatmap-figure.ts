import { axisLayout } from '../../plot/axis-layout.js';
import { checkInputRows } from '../../plot/check-input-rows.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults, type FigureOptions } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';

/** C1R = C1_SD / C1_D and C2R = C2_SD / C2_D of one (alpha, k) setting. */
export interface RatioCell {
  /** Acceptance probability. */
  alpha: number;
  /** Draft length. */
  k: number;
  /** C1_SD / C1_D (dimensionless), > 0. */
  c1r: number;
  /** C2_SD / C2_D (dimensionless), >= 0. */
  c2r: number;
}

/** Options of {@link ratioHeatmapFigure}. */
export interface RatioHeatmapFigureOptions extends FigureOptions {
  /** The configuration shown, e.g. 'Qwen3-8B, prefill 1024 / decode 1024'. */
  system?: string;
}

/**
 * Fig. 2b: C1R and C2R over (alpha, k) as two heatmaps side by side (k across, alpha up),
 * each with a diverging colour scale centred at 1 (blue: SD cheaper than the baseline, red:
 * costlier; equal depth for equal distance from 1 on either side) and the k minimising the
 * ratio at each alpha boxed (ties: the smallest k; one legend entry for both panels).
 * The caption counts the paper's claims on the data: C1R < 1, C2R > 1, argmin_k C1R > argmin_k C2R.
 *
 * @param cells one cell per (alpha, k)
 * @param options dataLabel (required), system, id, title, caption, size
 * @returns the figure (id 'fig02b-ratio-heatmap' by default); z[i][j] is alpha i, k j (ascending), null where missing
 * @throws {Error} `ratioHeatmapFigure requires ...` for empty or malformed cells or a repeated (alpha, k)
 * @example
 * ratioHeatmapFigure([{ alpha: 0.5, k: 1, c1r: 0.8, c2r: 1.3 }], { dataLabel: 'simulated' });
 */
export function ratioHeatmapFigure(cells: readonly RatioCell[], options: RatioHeatmapFigureOptions): Figure {
  const fn = 'ratioHeatmapFigure';
  const o = withDefaults(fn, options, { id: 'fig02b-ratio-heatmap', title: 'C₁R and C₂R over (α, k)' });
  checkInputRows(fn, 'cells', cells, { numbers: ['alpha', 'k', 'c1r', 'c2r'] });
  const alphas = [...new Set(cells.map((c) => c.alpha))].sort((a, b) => a - b);
  const ks = [...new Set(cells.map((c) => c.k))].sort((a, b) => a - b);
  const seen = new Set<string>();
  for (const c of cells) {
    const key = `${c.alpha}|${c.k}`;
    if (seen.has(key)) throw new Error(`${fn} requires one cell per (alpha, k), got two at alpha ${c.alpha}, k ${c.k}`);
    seen.add(key);
  }
  const alphaLabels = alphas.map(alphaLabel);
  const kLabels = ks.map(String);
  const grid = (field: 'c1r' | 'c2r'): Array<Array<number | null>> =>
    alphas.map((a) => ks.map((k) => cells.find((c) => c.alpha === a && c.k === k)?.[field] ?? null));
  const argmin = (field: 'c1r' | 'c2r'): Map<number, number> => {
    const best = new Map<number, number>();
    for (const a of alphas) {
      let bestK = NaN;
      let bestValue = Infinity;
      for (const k of ks) {
        const v = cells.find((c) => c.alpha === a && c.k === k)?.[field];
        if (v !== undefined && v < bestValue) {
          bestValue = v;
          bestK = k;
        }
      }
      best.set(a, bestK);
    }
    return best;
  };
  const panels = [
    { field: 'c1r' as const, name: 'C₁R', xaxis: 'x', yaxis: 'y', coloraxis: 'coloraxis', domain: [0, 0.39], bar: 0.4 },
    { field: 'c2r' as const, name: 'C₂R', xaxis: 'x2', yaxis: 'y2', coloraxis: 'coloraxis2', domain: [0.54, 0.93], bar: 0.94 },
  ];
  const data: Array<Record<string, unknown>> = [];
  const layoutExtra: Record<string, unknown> = {};
  const minima = { c1r: argmin('c1r'), c2r: argmin('c2r') };
  panels.forEach((p, i) => {
    const heat: Record<string, unknown> = {
      type: 'heatmap',
      name: p.name,
      x: kLabels,
      y: alphaLabels,
      z: grid(p.field),
      coloraxis: p.coloraxis,
      xgap: 1,
      ygap: 1,
      texttemplate: '%{z:.2f}',
      textfont: { size: 9 },
      hovertemplate: `α = %{y}<br>k = %{x}<br>${p.name} = %{z:.3f}<extra></extra>`,
      showlegend: false,
    };
    if (i > 0) Object.assign(heat, { xaxis: p.xaxis, yaxis: p.yaxis });
    data.push(heat);
    const best = alphas.filter((a) => Number.isFinite(minima[p.field].get(a)!));
    // One legend entry for both panels' boxes (they look alike and mean the same in each panel).
    const marks: Record<string, unknown> = {
      type: 'scatter',
      mode: 'markers',
      name: ARGMIN_NAME,
      legendgroup: 'argmin',
      x: best.map((a) => String(minima[p.field].get(a))),
      y: best.map(alphaLabel),
      marker: { symbol: 'square-open', size: 24, color: '#000000', line: { width: 2.5 } },
      hovertemplate: `α = %{y}: ${p.name} smallest at k = %{x}<extra></extra>`,
      showlegend: i === 0,
    };
    if (i > 0) Object.assign(marks, { xaxis: p.xaxis, yaxis: p.yaxis });
    data.push(marks);
    const suffix = i === 0 ? '' : '2';
    layoutExtra[`xaxis${suffix}`] = axisLayout('draft length k (tokens per cycle)', {
      type: 'category',
      categoryorder: 'array',
      categoryarray: kLabels,
      domain: p.domain,
      anchor: `y${suffix}`,
      showgrid: false,
    });
    const yAxis = axisLayout('acceptance probability α (per token)', {
      type: 'category',
      categoryorder: 'array',
      categoryarray: alphaLabels,
      anchor: `x${suffix}`,
      showgrid: false,
    });
    if (i > 0) delete yAxis.title; // both panels share the alpha axis; title it once
    layoutExtra[`yaxis${suffix}`] = yAxis;
    const values = cells.map((c) => c[p.field]);
    const cmin = Math.min(1, ...values);
    const cmax = Math.max(1, ...values);
    layoutExtra[p.coloraxis] = {
      cmin,
      cmax,
      colorscale: divergingAround(1, cmin, cmax),
      colorbar: { title: { text: `${p.name} (ratio)` }, x: p.bar, xanchor: 'left', thickness: 14, len: 0.85 },
    };
  });
  const c1Below = cells.filter((c) => c.c1r < 1).length;
  const c2Above = cells.filter((c) => c.c2r > 1).length;
  const ordered = alphas.filter((a) => minima.c1r.get(a)! > minima.c2r.get(a)!).length;
  const system = options.system ? ` for ${options.system}` : '';
  const caption =
    o.caption ??
    `Cost ratios of speculative decoding to the non-SD baseline (Fig. 2b)${system} on ${o.dataLabel}: ` +
      `C1R = C1_SD / C1_D (left) and C2R = C2_SD / C2_D (right) from per-setting Eq. 1 fits, over ${alphas.length} α × ${ks.length} k` +
      (cells.length < alphas.length * ks.length ? ` (${alphas.length * ks.length - cells.length} blank: no fit)` : '') +
      '; ' +
      `colours diverge at 1 (blue: SD cheaper, red: costlier); boxes mark the k minimising each ratio per α. ` +
      `C1R < 1 in ${c1Below}/${cells.length} cells, C2R > 1 in ${c2Above}/${cells.length}; ` +
      `argmin_k C1R > argmin_k C2R at ${ordered}/${alphas.length} α values.`;
  const layout = figureLayout(o, {
    ...layoutExtra,
    legend: { orientation: 'h', x: 0, y: -0.16, yanchor: 'top' },
    margin: { l: 80, r: 60, t: o.title ? 70 : 40, b: 110 },
  });
  return { id: o.id, caption, spec: { data, layout, config: { ...FIGURE_DEFAULTS.config } } };
}

/**
 * The part of FIGURE_DEFAULTS.diverging that the range [min, max] covers when the full scale
 * spans [mid − r, mid + r], r = max(mid − min, max − mid): white at `mid`, and the same colour
 * depth for the same distance from `mid` on either side, so a ratio of 1.01 is pale red, not
 * the darkest red merely because it is the largest value. Only the covered part is returned
 * (positions 0..1 over [min, max]), so no colour bar space goes to values that do not occur.
 */
function divergingAround(mid: number, min: number, max: number): Array<[number, string]> {
  const scale = FIGURE_DEFAULTS.diverging;
  if (!(max > min)) return [[0, scale[2][1]], [1, scale[2][1]]];
  const r = Math.max(mid - min, max - mid);
  const tOf = (v: number): number => (v - (mid - r)) / (2 * r);
  const t0 = tOf(min);
  const t1 = tOf(max);
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const out: Array<[number, string]> = [[0, colourAt(scale, t0)]];
  for (const [t, colour] of scale) if (t > t0 && t < t1) out.push([round((t - t0) / (t1 - t0)), colour]);
  out.push([1, colourAt(scale, t1)]);
  return out;
}

/** The colour of a piecewise-linear '#rrggbb' scale at t in [0, 1]. */
function colourAt(scale: ReadonlyArray<readonly [number, string]>, t: number): string {
  if (t <= scale[0][0]) return scale[0][1];
  const channel = (c: string, j: number): number => parseInt(c.slice(1 + 2 * j, 3 + 2 * j), 16);
  for (let i = 1; i < scale.length; i++) {
    const [ta, ca] = scale[i - 1];
    const [tb, cb] = scale[i];
    if (t > tb) continue;
    const f = (t - ta) / (tb - ta);
    return `#${[0, 1, 2].map((j) => Math.round(channel(ca, j) + f * (channel(cb, j) - channel(ca, j))).toString(16).padStart(2, '0')).join('')}`;
  }
  return scale[scale.length - 1][1];
}

const ARGMIN_NAME = 'boxed: the k with the smallest ratio at each α';

function alphaLabel(alpha: number): string {
  return alpha.toFixed(2);
}
