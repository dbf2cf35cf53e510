/**
 * A figure as data: a Plotly figure (https://plotly.com/javascript/reference/) that the
 * figure builders in lib/paper return as a pure value. Nothing here draws or writes:
 * lib/io/show-figure.ts displays a spec in a notebook and lib/io/create-figure-writer.ts
 * renders it to PNG, SVG and HTML.
 *
 * Rules for builders, so that every output looks the same offline:
 * - Give axes titles with units, e.g. `{ xaxis: { title: { text: 'RPS (requests/s)' } } }`.
 * - No LaTeX (`$...$`): MathJax is not available offline. Use Unicode (α, ₁, ²) or `<sub>`.
 * - `layout.width` / `layout.height` (pixels) set the exported image size; without them the
 *   writer uses its defaults (800 x 500).
 * - Keep specs JSON-serialisable (no functions, no typed arrays, no NaN: use null for gaps).
 *
 * @example
 * const spec: FigureSpec = {
 *   data: [{ type: 'scatter', mode: 'markers', x: [1, 2], y: [0.5, 0.7], name: 'measured' }],
 *   layout: { xaxis: { title: { text: 'RPS (requests/s)' } }, yaxis: { title: { text: 'latency (s)' } } },
 * };
 */
export interface FigureSpec {
  /** Plotly traces. */
  data: Array<Record<string, unknown>>;
  /** Plotly layout. */
  layout: Record<string, unknown>;
  /** Plotly config (e.g. `{ displaylogo: false }`); optional. */
  config?: Record<string, unknown>;
}

/**
 * What a written figure is called and says: `id` names its files (`<id>.png`, `<id>.svg`,
 * `<id>.html`, `<id>.json`) and orders out/index.html; `caption` is shown under it.
 * An id is letters, digits, '.', '_' and '-', starting with a letter or digit,
 * e.g. 'fig01-collapse' or 'fig02a-per-setting-fits'.
 */
export interface FigureMeta {
  id: string;
  caption: string;
}
