import { FIGURE_DEFAULTS } from './figure-defaults.js';

/** Colour, marker symbol and line dash of one series. */
export interface SeriesStyle {
  colour: string;
  symbol: string;
  dash: string;
}

/**
 * Styles for `count` series. 'categorical' cycles the Okabe-Ito colours and changes the
 * marker symbol and dash on each pass, so every series stays distinguishable without
 * relying on colour alone; 'sequential' samples viridis evenly (for ordered series: k, alpha,
 * lengths) with solid lines and circles. 'auto' is categorical up to the palette size and
 * sequential beyond.
 *
 * @param count number of series (>= 0)
 * @param kind 'categorical', 'sequential' or 'auto' (default)
 * @returns one style per series, in order
 * @throws {Error} `seriesStyles requires a non-negative integer count`
 * @example
 * seriesStyles(2)[1].colour; // '#D55E00'
 * seriesStyles(3, 'sequential')[0].colour; // '#440154'
 */
export function seriesStyles(count: number, kind: 'categorical' | 'sequential' | 'auto' = 'auto'): SeriesStyle[] {
  if (!Number.isInteger(count) || count < 0) throw new Error('seriesStyles requires a non-negative integer count');
  const d = FIGURE_DEFAULTS;
  const resolved = kind === 'auto' ? (count <= d.categorical.length ? 'categorical' : 'sequential') : kind;
  const styles: SeriesStyle[] = [];
  for (let i = 0; i < count; i++) {
    if (resolved === 'sequential') {
      const t = count === 1 ? 0 : (d.sequentialMax * i) / (count - 1);
      styles.push({ colour: sequentialColour(t), symbol: 'circle', dash: 'solid' });
    } else {
      const pass = Math.floor(i / d.categorical.length);
      styles.push({
        colour: d.categorical[i % d.categorical.length],
        symbol: d.symbols[pass % d.symbols.length],
        dash: d.dashes[pass % d.dashes.length],
      });
    }
  }
  return styles;
}

/** Viridis at t in [0, 1], linearly interpolated between the stops of FIGURE_DEFAULTS.sequential. */
function sequentialColour(t: number): string {
  const stops = FIGURE_DEFAULTS.sequential;
  const position = Math.min(Math.max(t, 0), 1) * (stops.length - 1);
  const i = Math.min(Math.floor(position), stops.length - 2);
  const f = position - i;
  const a = hexToRgb(stops[i]);
  const b = hexToRgb(stops[i + 1]);
  const mix = a.map((v, j) => Math.round(v + (b[j] - v) * f));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}
