import { axisLayout } from '../../plot/axis-layout.js';
import type { Figure } from '../../plot/figure.js';
import { FIGURE_DEFAULTS, withDefaults } from '../../plot/figure-defaults.js';
import { figureLayout } from '../../plot/figure-layout.js';
import { horizontalLineShape } from '../../plot/horizontal-line-shape.js';
import { referenceLineTrace } from '../../plot/reference-line-trace.js';
import { seriesStyles } from '../../plot/series-styles.js';
import { seriesTrace } from '../../plot/series-trace.js';
import { formatNumber } from '../../util/format-number.js';
import { linspace } from '../../util/linspace.js';
import type { Advice } from './advise.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';
import { configLatency } from './config-latency.js';

const axisOf = (a: Advice) => (a.loadKind === 'rps' ? 'request rate RPS (requests/s)' : 'concurrency c (requests)');
const system = (a: Advice) => `${a.verifier} on ${a.hardware || 'unknown hardware'}, ${a.prefillTokens}/${a.decodeTokens} tokens`;
/** Loads drawn: up to 1.2 × the highest measured load, stopping short of saturation per curve. */
const xs = (a: Advice) => linspace(0, 1.2 * a.maxMeasuredLoad, FIGURE_DEFAULTS.curveSamples * 2);

/**
 * Each measured configuration's points with its fitted Eq. 1 curve (configurations nobody
 * measured as dashed model curves), on the advice's load axis.
 *
 * @param a the advice
 * @param dataLabel which data (for the caption)
 * @returns the figure (id 'advise-fits')
 * @example
 * adviceFitsFigure(advice, 'your measurements');
 */
export function adviceFitsFigure(a: Advice, dataLabel: string): Figure {
  const o = withDefaults('adviceFitsFigure', { dataLabel }, { id: 'advise-fits', title: `Eq. 1 fit per configuration: ${system(a)}` });
  const styles = seriesStyles(a.configurations.length, 'categorical');
  const traces: Array<Record<string, unknown>> = [];
  const grid = xs(a);
  a.configurations.forEach((c, i) => {
    const y = grid.map((x) => configLatency(a.loadKind, x, c));
    traces.push(seriesTrace('lines', { name: c.label, x: grid, y: y.map((v) => (Number.isFinite(v) && v < 20 * c.c1 ? v : null)), style: styles[i], legendgroup: c.label, dash: c.source === 'measured' ? undefined : 'dot' }));
    if (c.measuredPoints.length > 0) {
      traces.push(seriesTrace('markers', { name: `${c.label} measured`, x: c.measuredPoints.map((p) => p.load), y: c.measuredPoints.map((p) => p.latencyS), style: styles[i], legendgroup: c.label, showlegend: false }));
    }
  });
  const caption = `Mean latency against load on ${o.dataLabel} (${system(a)}): markers measured, solid lines each configuration's own Eq. 1 fit, dotted lines configurations nobody measured (${a.baseline.source === 'implied-baseline' ? 'the implied baseline and ' : ''}pooled Eq. 3 draft lengths); every fit with the ${fitLossPhrase(a.loss)}.`;
  const layout = figureLayout(o, { xaxis: axisLayout(axisOf(a), { rangemode: 'tozero' }), yaxis: axisLayout('mean latency (s)', { rangemode: 'tozero' }) }, 'configuration');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}

/**
 * Residuals (measured − fitted, relative) of each measured configuration's Eq. 1 fit against load.
 *
 * @param a the advice
 * @param dataLabel which data
 * @returns the figure (id 'advise-residuals')
 * @example
 * adviceResidualsFigure(advice, 'your measurements');
 */
export function adviceResidualsFigure(a: Advice, dataLabel: string): Figure {
  const o = withDefaults('adviceResidualsFigure', { dataLabel }, { id: 'advise-residuals', title: 'Relative residuals of the Eq. 1 fits' });
  const measured = a.configurations.filter((c) => c.fit && c.measuredPoints.length > 0);
  const styles = seriesStyles(Math.max(1, measured.length), 'categorical');
  const traces = measured.map((c, i) => {
    const byLoad = c.measuredPoints.map((p) => {
      const predicted = configLatency(a.loadKind, p.load, c);
      return { x: p.load, y: (100 * (p.latencyS - predicted)) / p.latencyS };
    });
    return seriesTrace('lines+markers', { name: c.label, x: byLoad.map((p) => p.x), y: byLoad.map((p) => p.y), style: styles[i] });
  });
  const worst = Math.max(0, ...traces.flatMap((t) => (t.y as Array<number | null>).map((v) => Math.abs(v ?? 0))));
  const caption = `Relative residuals (measured − fitted) / measured of each measured configuration's Eq. 1 fit (with the ${fitLossPhrase(a.loss)}) on ${o.dataLabel}; the largest is ${formatNumber(worst)}%.`;
  const layout = figureLayout(o, { xaxis: axisLayout(axisOf(a), { rangemode: 'tozero' }), yaxis: axisLayout('residual (%)'), shapes: [horizontalLineShape(0)] }, 'configuration');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}

/**
 * The collapse: measured L/C1 against the normalised load (RPS·C2 in open loop, where every
 * configuration lies on 1/(1 − x); c·C2/C1 in closed loop, on 1 + x).
 *
 * @param a the advice
 * @param dataLabel which data
 * @returns the figure (id 'advise-collapse')
 * @example
 * adviceCollapseFigure(advice, 'your measurements');
 */
export function adviceCollapseFigure(a: Advice, dataLabel: string): Figure {
  const o = withDefaults('adviceCollapseFigure', { dataLabel }, { id: 'advise-collapse', title: 'Collapse of every configuration onto one curve' });
  const open = a.loadKind === 'rps';
  const measured = a.configurations.filter((c) => c.measuredPoints.length > 0);
  const styles = seriesStyles(Math.max(1, measured.length), 'categorical');
  const traces: Array<Record<string, unknown>> = [];
  let xMax = 0;
  measured.forEach((c, i) => {
    const x = c.measuredPoints.map((p) => (open ? p.load * c.c2 : (p.load * c.c2) / c.c1));
    xMax = Math.max(xMax, ...x);
    traces.push(seriesTrace('markers', { name: c.label, x, y: c.measuredPoints.map((p) => p.latencyS / c.c1), style: styles[i] }));
  });
  const ref = linspace(0, open ? Math.min(0.97, Math.max(0.1, xMax * 1.05)) : Math.max(0.1, xMax * 1.05), 60);
  traces.unshift(referenceLineTrace(ref, ref.map((x) => (open ? 1 / (1 - x) : 1 + x)), { name: open ? 'y = 1/(1 − x)' : 'y = 1 + x' }));
  const caption = `Measured L/C1 against ${open ? 'RPS·C2' : 'c·C2/C1'} for every measured configuration on ${o.dataLabel}, each with its own fitted C1, C2 (${a.loss} loss); the dashed line is ${open ? 'Eq. 1, y = 1/(1 − x)' : 'the closed-loop form, y = 1 + x'}.`;
  const layout = figureLayout(o, { xaxis: axisLayout(open ? 'RPS·C2' : 'c·C2/C1', { rangemode: 'tozero' }), yaxis: axisLayout('L / C1', { rangemode: 'tozero' }) }, 'configuration');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}

/**
 * Speedup over the baseline of every SD configuration against load, with the best configuration's
 * speedup drawn thick ("best configuration against load"): where it is 1, no speculation is best.
 *
 * @param a the advice
 * @param dataLabel which data
 * @returns the figure (id 'advise-speedup')
 * @example
 * adviceSpeedupFigure(advice, 'your measurements');
 */
export function adviceSpeedupFigure(a: Advice, dataLabel: string): Figure {
  const o = withDefaults('adviceSpeedupFigure', { dataLabel }, { id: 'advise-speedup', title: 'Speedup over the baseline, and the best configuration, against load' });
  const sd = a.configurations.filter((c) => c.k > 0);
  const styles = seriesStyles(Math.max(1, sd.length + 1), 'categorical');
  const grid = xs(a);
  const speed = (c: { c1: number; c2: number }, x: number) => {
    const l = configLatency(a.loadKind, x, c);
    const b = configLatency(a.loadKind, x, a.baseline);
    return Number.isFinite(l) && Number.isFinite(b) ? b / l : null;
  };
  const traces: Array<Record<string, unknown>> = sd.map((c, i) => seriesTrace('lines', { name: c.label, x: grid, y: grid.map((x) => speed(c, x)), style: styles[i] }));
  const best = grid.map((x) => {
    let label = 'all saturated';
    let bestL = Infinity;
    for (const c of a.configurations) {
      const l = configLatency(a.loadKind, x, c);
      if (l < bestL) {
        bestL = l;
        label = c.label;
      }
    }
    return { label, s: Number.isFinite(bestL) ? speed(a.configurations.find((c) => c.label === label)!, x) : null };
  });
  traces.push({ ...seriesTrace('lines', { name: 'best configuration', x: grid, y: best.map((b) => b.s), style: styles[sd.length], text: best.map((b) => `best: ${b.label}`) }), line: { color: '#000000', width: 5 }, opacity: 0.35 });
  const switches = best.filter((b, i) => i === 0 || b.label !== best[i - 1].label).map((b) => b.label);
  const caption = `Eq. 1 speedup L_baseline / L of every speculative configuration on ${o.dataLabel} (${a.baseline.source === 'implied-baseline' ? 'baseline implied by the pooled Eq. 3 fit' : 'measured baseline'}; every fit with the ${fitLossPhrase(a.loss)}); the thick grey line follows the fastest configuration, which goes ${switches.join(' → ')} as load grows; loads beyond ${formatNumber(a.maxMeasuredLoad)} are extrapolated.`;
  const layout = figureLayout(o, { xaxis: axisLayout(axisOf(a), { rangemode: 'tozero' }), yaxis: axisLayout('speedup (×)', { rangemode: 'tozero' }), shapes: [horizontalLineShape(1)] }, 'configuration');
  return { id: o.id, caption, spec: { data: traces, layout, config: { ...FIGURE_DEFAULTS.config } } };
}
