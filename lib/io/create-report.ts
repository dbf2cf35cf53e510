import type { Figure } from '../plot/figure.js';
import { showFigure } from './show-figure.js';
import { displayMimeBundle } from './display-mime-bundle.js';
import { escapeHtml } from '../util/escape-html.js';
import { showTable } from './show-table.js';
import type { TableSpec } from '../table/table-spec.js';
import type { FigureFormat, FigureWriter } from './create-figure-writer.js';
import { createFigureWriter } from './create-figure-writer.js';
import { writeTable } from './write-table.js';
import type { ClaimCheck } from './claim-check.js';
import { writeClaimCheck } from './write-claim-check.js';

/** Options of {@link createReport}. */
export interface ReportOptions {
  /** Root of the outputs: figures go to `<outDir>/figures`, tables to `<outDir>/tables`. Default 'out'. */
  outDir?: string;
  /** Show figures and tables in the notebook (default true; false for scripts and tests). */
  display?: boolean;
  /** File formats of each figure (default png, svg, html). */
  formats?: FigureFormat[];
  /** The notebook's file name without .ipynb, recorded with its claim checks. */
  notebook?: string;
}

/** One output of a report, as {@link Report.shown} lists it. */
export interface ShownItem {
  kind: 'figure' | 'table' | 'claim' | 'markdown';
  /** Figure or table id, claim id, or '' for Markdown. */
  id: string;
  /** Title, caption and column labels of figures and tables; evidence of claims; the Markdown text. */
  text: string;
}

/** One notebook's outputs: each figure and table is shown interactively and written to disk. */
export interface Report {
  /** Shows the figure with its caption below it and writes `<id>.png/.svg/.html/.json`; resolves to the files written. */
  figure(figure: Figure): Promise<string[]>;
  /** Shows the table and writes `<id>.csv/.md/.json`; returns the files written. */
  table(table: TableSpec): string[];
  /**
   * Records the notebook's verdict on one of the paper's claims (`<outDir>/claims/<claim>.<data>.json`,
   * gathered into out/index.html's scorecard) and shows it; returns the file written.
   */
  claim(check: Omit<ClaimCheck, 'notebook'> & { notebook?: string }): string;
  /** Shows computed Markdown text in the notebook (nothing is written to disk). */
  markdown(text: string): void;
  /**
   * Everything this report showed or wrote, in order: figure and table ids with titles and
   * captions, claim checks and Markdown texts (for tests that check that outputs follow the
   * parameters).
   */
  readonly shown: ShownItem[];
  /** Closes the headless browser; call once at the end of the notebook. */
  close(): Promise<void>;
}

/**
 * Creates the output channel of one notebook. The first figure shown carries plotly.js
 * inline (so the executed notebook draws offline); later figures reuse it, which keeps
 * executed notebooks small. The headless browser starts at the first figure written and is
 * shared until {@link Report.close}.
 *
 * @param options output folder, display on/off, figure formats
 * @returns the report
 * @example
 * const report = createReport();
 * await report.figure(collapseFigure(points, { dataLabel: 'real vLLM' }));
 * report.table(eq1FitsTable(fits));
 * await report.close();
 */
export function createReport(options: ReportOptions = {}): Report {
  const outDir = options.outDir ?? 'out';
  const display = options.display ?? true;
  let writer: Promise<FigureWriter> | null = null;
  let plotlyShown = false;
  const shown: ShownItem[] = [];
  return {
    shown,
    async figure(figure) {
      shown.push({ kind: 'figure', id: figure.id, text: `${figureTitle(figure.spec.layout)}\n${figure.caption}` });
      if (display) {
        showFigure(figure.spec, { includePlotlyJs: !plotlyShown });
        plotlyShown = true;
        // The caption names the data and the fit: the notebook reader sees it under the figure, as in the files.
        displayMimeBundle({
          'text/html': `<p class="speclat-caption"><b>${escapeHtml(figure.id)}</b>: ${escapeHtml(figure.caption)}</p>`,
          'text/plain': `${figure.id}: ${figure.caption}`,
        });
      }
      writer ??= createFigureWriter({ outDir: `${outDir}/figures`, formats: options.formats });
      const written = await (await writer).write(figure.spec, { id: figure.id, caption: figure.caption });
      return written.files;
    },
    table(table) {
      shown.push({ kind: 'table', id: table.id, text: `${table.caption}\n${table.columns.map((c) => c.label).join(' | ')}` });
      if (display) showTable(table);
      return writeTable(table, { outDir: `${outDir}/tables` });
    },
    claim(check) {
      const notebook = check.notebook ?? options.notebook;
      if (notebook === undefined) throw new Error('report.claim requires the notebook name (createReport({ notebook }) or check.notebook)');
      const file = writeClaimCheck({ ...check, notebook }, { outDir: `${outDir}/claims` });
      shown.push({ kind: 'claim', id: check.claim, text: `${check.data}: ${check.verdict}. ${check.evidence}` });
      if (display) {
        const text = `Claim ${check.claim} on ${check.data} data: ${check.verdict}. ${check.evidence}`;
        displayMimeBundle({ 'text/html': `<p class="speclat-claim"><b>${escapeHtml(`Claim ${check.claim} (${check.data})`)}: ${escapeHtml(check.verdict)}</b>. ${escapeHtml(check.evidence)}</p>`, 'text/plain': text });
      }
      return file;
    },
    markdown(text) {
      if (typeof text !== 'string') throw new Error(`report.markdown requires a string, got ${typeof text}`);
      shown.push({ kind: 'markdown', id: '', text });
      if (display) displayMimeBundle({ 'text/markdown': text, 'text/plain': text });
    },
    async close() {
      if (writer) await (await writer).close();
      writer = null;
    },
  };
}

/** The plain text of a Plotly layout's title (string or { text }). */
function figureTitle(layout: Record<string, unknown>): string {
  const t = layout.title;
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && typeof (t as { text?: unknown }).text === 'string') return (t as { text: string }).text;
  return '';
}
