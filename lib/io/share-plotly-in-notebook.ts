import * as fs from 'node:fs';
import { plotlyScriptTag } from '../plot/figure-html-fragment.js';
import { readPlotlyJs } from './read-plotly-js.js';

interface NotebookJson {
  cells?: Array<{ outputs?: Array<{ data?: Record<string, unknown> }> }>;
}

/**
 * Rewrites an executed notebook so that its figure outputs load plotly.js from a shared file
 * instead of carrying it inline: every `text/html` output holding the inline plotly.js script
 * (showFigure's offline fallback, about 4.8 MB per notebook) gets a `<script src>` to `src`
 * instead. The interactive Plotly MIME output and everything else stay as they are.
 *
 * @param notebookPath the executed .ipynb to rewrite in place
 * @param src the URL of the shared plotly.js, relative to the notebook (e.g. '../figures/plotly.min.js')
 * @param plotlyJs the inlined plotly.js text to look for (default: the bundle in node_modules)
 * @returns the number of outputs rewritten
 * @throws {Error} `sharePlotlyInNotebook: <file>: ...` when the file is not a notebook
 * @example
 * sharePlotlyInNotebook('out/notebooks/01-baseline-collapse.ipynb', '../figures/plotly.min.js'); // 1
 */
export function sharePlotlyInNotebook(notebookPath: string, src: string, plotlyJs?: string): number {
  let nb: NotebookJson;
  try {
    nb = JSON.parse(fs.readFileSync(notebookPath, 'utf8')) as NotebookJson;
  } catch (err) {
    throw new Error(`sharePlotlyInNotebook: ${notebookPath}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!nb || !Array.isArray(nb.cells)) throw new Error(`sharePlotlyInNotebook: ${notebookPath}: no cells (not a notebook)`);
  const inline = plotlyScriptTag({ inline: plotlyJs ?? readPlotlyJs() });
  const shared = plotlyScriptTag({ src });
  let rewritten = 0;
  for (const cell of nb.cells) {
    for (const output of cell.outputs ?? []) {
      const html = output.data?.['text/html'];
      if (html === undefined) continue;
      const text = Array.isArray(html) ? html.join('') : String(html);
      if (!text.includes(inline)) continue;
      const next = text.split(inline).join(shared);
      output.data!['text/html'] = Array.isArray(html) ? next.split(/(?<=\n)/) : next;
      rewritten++;
    }
  }
  if (rewritten > 0) fs.writeFileSync(notebookPath, JSON.stringify(nb, null, 1) + '\n');
  return rewritten;
}
