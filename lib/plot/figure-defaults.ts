/**
 * Options every figure builder accepts. Only `dataLabel` is required: it names the data in
 * the caption (e.g. 'real vLLM (speculators-scaling)' or 'simulated'), because a figure whose
 * caption does not say what was measured cannot be reviewed.
 */
export interface FigureOptions {
  /** Which data the figure shows, e.g. 'real vLLM (speculators-scaling)' or 'simulated'. */
  dataLabel: string;
  /** File id (letters, digits, '.', '_', '-'); each builder has its own default. */
  id?: string;
  /** Plot title; each builder has a default; '' hides it. */
  title?: string;
  /** Replaces the generated caption entirely. */
  caption?: string;
  /** Image width in pixels (default {@link FIGURE_DEFAULTS}.width). */
  width?: number;
  /** Image height in pixels (default {@link FIGURE_DEFAULTS}.height, or the builder's own). */
  height?: number;
}

/** {@link FigureOptions} with every default filled in. */
export interface ResolvedFigureOptions {
  dataLabel: string;
  id: string;
  title: string;
  /** Undefined unless the caller replaces the generated caption. */
  caption: string | undefined;
  width: number;
  height: number;
}

/**
 * Every styling default of the figure builders, in one place: sizes (pixels), fonts, the
 * colour-blind-safe palettes, line widths and axis styling.
 * - `categorical`: Okabe & Ito (2008) "Color Universal Design" palette, without its yellow
 *   (too pale on white); past 7 groups the marker symbol changes too.
 * - `sequential`: stops of viridis (perceptually uniform, colour-blind safe) for ordered
 *   series such as k or alpha; sampled only up to `sequentialMax` so the last colour is not
 *   the near-invisible yellow.
 * - `diverging`: ColorBrewer RdBu (colour-blind safe), blue below the midpoint, red above.
 */
export const FIGURE_DEFAULTS = {
  width: 900,
  height: 560,
  fontFamily: 'Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif',
  fontSize: 13,
  fontColour: '#222222',
  titleFontSize: 16,
  panelTitleFontSize: 13,
  margin: { l: 80, r: 30, t: 70, b: 70 },
  background: '#ffffff',
  categorical: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'],
  symbols: ['circle', 'square', 'diamond', 'triangle-up', 'triangle-down', 'cross', 'x', 'star'],
  dashes: ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'],
  sequential: ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'],
  sequentialMax: 0.85,
  diverging: [
    [0, '#2166ac'],
    [0.25, '#67a9cf'],
    [0.5, '#f7f7f7'],
    [0.75, '#ef8a62'],
    [1, '#b2182b'],
  ] as Array<[number, string]>,
  lineWidth: 2,
  markerSize: 7,
  markerOpacity: 0.85,
  referenceColour: '#555555',
  referenceWidth: 1.5,
  referenceDash: 'dash',
  bandColour: 'rgba(85, 85, 85, 0.15)',
  axisLineColour: '#444444',
  gridColour: '#e6e6e6',
  curveSamples: 80,
  config: { displaylogo: false },
} as const;

/**
 * Fills a builder's options with defaults: the builder's own id and title, then
 * {@link FIGURE_DEFAULTS} for sizes. Checks what the caller passed.
 *
 * @param fn the builder's name, used in error messages
 * @param options what the caller passed
 * @param builder the builder's defaults: id, title and optionally its own height or width
 * @returns the resolved options
 * @throws {Error} `<fn> requires options.dataLabel (which data the figure shows)` when missing or empty,
 *   `<fn> requires options.width to be a positive number` for a bad size
 * @example
 * withDefaults('collapseFigure', { dataLabel: 'simulated' }, { id: 'fig01-collapse', title: 'Collapse' }).width; // 900
 */
export function withDefaults(
  fn: string,
  options: FigureOptions | undefined,
  builder: { id: string; title: string; width?: number; height?: number },
): ResolvedFigureOptions {
  if (options === null || typeof options !== 'object') {
    throw new Error(`${fn} requires options with a dataLabel (which data the figure shows)`);
  }
  if (typeof options.dataLabel !== 'string' || options.dataLabel.trim() === '') {
    throw new Error(`${fn} requires options.dataLabel (which data the figure shows)`);
  }
  for (const key of ['width', 'height'] as const) {
    const value = options[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
      throw new Error(`${fn} requires options.${key} to be a positive number`);
    }
  }
  for (const key of ['id', 'title', 'caption'] as const) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'string') throw new Error(`${fn} requires options.${key} to be a string`);
  }
  return {
    dataLabel: options.dataLabel,
    id: options.id ?? builder.id,
    title: options.title ?? builder.title,
    caption: options.caption,
    width: options.width ?? builder.width ?? FIGURE_DEFAULTS.width,
    height: options.height ?? builder.height ?? FIGURE_DEFAULTS.height,
  };
}
