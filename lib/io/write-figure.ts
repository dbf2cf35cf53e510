import type { FigureMeta, FigureSpec } from '../plot/figure-spec.js';
import { createFigureWriter, type FigureFormat, type WrittenFigure } from './create-figure-writer.js';

/** Options of {@link writeFigure}: the figure's id and caption, plus where and what to write. */
export interface WriteFigureOptions extends FigureMeta {
  /** Default 'out/figures'. */
  outDir?: string;
  /** Default ['png', 'svg', 'html']. */
  formats?: FigureFormat[];
}

/**
 * Writes one figure (`<id>.json` plus PNG, SVG and standalone HTML by default), starting and
 * stopping its own headless Chromium (about a second). To write several figures, use
 * createFigureWriter, which reuses one browser.
 *
 * @param spec the Plotly figure
 * @param options id, caption, outDir, formats
 * @returns the id and the absolute paths written
 * @throws {Error} as createFigureWriter / FigureWriter.write
 * @example
 * await writeFigure(spec, { id: 'fig01-collapse', caption: 'L/C1 against RPS*C2 (Fig. 1)' });
 * // out/figures/fig01-collapse.{json,png,svg,html}
 */
export async function writeFigure(spec: FigureSpec, options: WriteFigureOptions): Promise<WrittenFigure> {
  if (!options || typeof options !== 'object') throw new Error('writeFigure requires { id, caption }');
  const writer = await createFigureWriter({ outDir: options.outDir, formats: options.formats });
  try {
    return await writer.write(spec, { id: options.id, caption: options.caption });
  } finally {
    await writer.close();
  }
}
