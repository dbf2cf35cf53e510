import type { FigureMeta, FigureSpec } from './figure-spec.js';

/**
 * What every figure builder in lib/paper returns: a Plotly spec plus the id that names its
 * files and the caption that names the data and the fit shown. The spec is pure data
 * (JSON-serialisable); lib/io/show-figure.ts displays it and lib/io writes it.
 *
 * @example
 * const figure: Figure = {
 *   id: 'fig01-collapse',
 *   caption: 'Universal collapse on simulated data ...',
 *   spec: { data: [], layout: {} },
 * };
 */
export interface Figure extends FigureMeta {
  /** The Plotly figure (traces, layout, config). */
  spec: FigureSpec;
}
