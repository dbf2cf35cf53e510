import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFigureSpec } from '../plot/check-figure-spec.js';
import { figureHtmlFragment, plotlyScriptTag } from '../plot/figure-html-fragment.js';
import type { FigureMeta, FigureSpec } from '../plot/figure-spec.js';
import { escapeHtml } from '../util/escape-html.js';
import { checkTableSpec } from '../table/check-table-spec.js';
import { formatTableHtml } from '../table/format-table-html.js';
import type { TableSpec } from '../table/table-spec.js';
import type { ClaimCheck, ClaimDefinition } from './claim-check.js';
import { checkClaimCheck } from './claim-check.js';
import { SCORECARD_CSS, scorecardHtml } from './scorecard-html.js';
import { PLOTLY_FILE, writePlotlyJs } from './write-plotly-js.js';

interface FigureEntry extends FigureMeta {
  spec: FigureSpec;
  /** Formats found beside the json, e.g. ['png', 'svg', 'html']. */
  formats: string[];
}

interface IndexContent {
  claims: ClaimDefinition[];
  checks: ClaimCheck[];
  figures: FigureEntry[];
  tables: Array<TableSpec & { formats: string[] }>;
  notebooks: string[];
}

/**
 * Builds `<outDir>/index.html`: one offline page (loading the shared
 * `<outDir>/figures/plotly.min.js`, written when missing) showing every
 * figure interactively and every table, each with its caption and links to its files,
 * ordered by id (figures, then tables), plus links to the executed notebooks. It opens with the
 * reproduction scorecard: each of the paper's claims (`options.claims`) against the verdicts the
 * notebooks wrote to `<outDir>/claims/*.json` (writeClaimCheck), each linked to its figure. It is
 * assembled from disk: `<outDir>/figures/*.json`, `<outDir>/tables/*.json`,
 * `<outDir>/claims/*.json` and `<outDir>/notebooks/*.ipynb`; missing folders count as empty.
 *
 * @param outDir the output root (default 'out')
 * @param options the paper's claims, in scorecard order
 * @returns the absolute path of index.html
 * @throws {Error} `writeIndexHtml: <file>: <problem>` when a json file is not a figure / table
 * @example
 * writeIndexHtml('out'); // '/abs/out/index.html'
 */
export function writeIndexHtml(outDir = 'out', options: { claims?: readonly ClaimDefinition[] } = {}): string {
  const root = path.resolve(outDir);
  const content: IndexContent = {
    claims: [...(options.claims ?? [])],
    checks: readJsonFiles(path.join(root, 'claims')).map(({ file, json }) => {
      try {
        checkClaimCheck(json as ClaimCheck, 'writeIndexHtml');
      } catch (err) {
        throw new Error(`writeIndexHtml: ${file}: ${(err as Error).message}`);
      }
      return json as ClaimCheck;
    }),
    figures: readJsonFiles(path.join(root, 'figures')).map(({ file, json, formats }) => {
      const entry = json as FigureEntry;
      try {
        checkFigureSpec(entry.spec, { id: entry.id, caption: entry.caption }, 'writeIndexHtml');
      } catch (err) {
        throw new Error(`writeIndexHtml: ${file}: ${(err as Error).message}`);
      }
      return { id: entry.id, caption: entry.caption, spec: entry.spec, formats };
    }),
    tables: readJsonFiles(path.join(root, 'tables')).map(({ file, json, formats }) => {
      try {
        checkTableSpec(json as TableSpec, 'writeIndexHtml');
      } catch (err) {
        throw new Error(`writeIndexHtml: ${file}: ${(err as Error).message}`);
      }
      return { ...(json as TableSpec), formats };
    }),
    notebooks: listFiles(path.join(root, 'notebooks')).filter((f) => f.endsWith('.ipynb')),
  };
  const byId = (a: { id: string }, b: { id: string }): number =>
    a.id.localeCompare(b.id, 'en', { numeric: true });
  content.figures.sort(byId);
  content.tables.sort(byId);
  const file = path.join(root, 'index.html');
  fs.mkdirSync(root, { recursive: true });
  if (content.figures.length > 0) writePlotlyJs(path.join(root, 'figures'));
  fs.writeFileSync(file, indexHtmlCore(content, `figures/${PLOTLY_FILE}`));
  return file;
}

function indexHtmlCore(content: IndexContent, plotlySrc: string): string {
  const links = (dir: string, id: string, formats: string[]): string =>
    formats.map((f) => `<a href="${dir}/${encodeURIComponent(id)}.${f}">${f.toUpperCase()}</a>`).join(' · ');
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>speclat: figures and tables</title>',
    '<style>',
    'body{font-family:sans-serif;margin:1.5em auto;max-width:1100px;padding:0 1em;color:#222;}',
    'section{margin:2.5em 0;border-top:1px solid #ddd;padding-top:1em;}',
    '.caption{max-width:60em;} .files{font-size:.9em;color:#555;}',
    'table.speclat-table{border-collapse:collapse;font-size:.9em;} table.speclat-table caption{text-align:left;padding:.4em 0;}',
    'table.speclat-table th,table.speclat-table td{border:1px solid #ccc;padding:.2em .5em;}',
    SCORECARD_CSS,
    '</style>',
    ...(content.figures.length > 0 ? [plotlyScriptTag({ src: plotlySrc })] : []),
    '</head>',
    '<body>',
    '<h1>speclat: figures and tables</h1>',
    '<p>Reproduction of “An Interpretable Latency Model for Speculative Decoding in LLM Serving” ' +
      '(<a href="https://arxiv.org/abs/2605.15051">arXiv 2605.15051</a>). Generated by <code>npm run reproduce</code>.</p>',
  ];
  const anchors = new Map<string, string>([
    ...content.figures.map((f): [string, string] => [f.id, `figure-${f.id}`]),
    ...content.tables.map((t): [string, string] => [t.id, `table-${t.id}`]),
  ]);
  const scorecard = scorecardHtml(content.claims, content.checks, anchors);
  if (scorecard !== '') {
    out.push(
      '<h2 id="scorecard">Reproduction scorecard</h2>',
      "<p>Each of the paper's claims, and what this project's notebooks found on the real measurements and on the simulated reference data, with the number behind the verdict and a link to the figure or table that shows it.</p>",
      scorecard,
    );
  }
  const toc = [
    ...content.figures.map((f) => `<li><a href="#figure-${escapeHtml(f.id)}">${escapeHtml(f.id)}</a></li>`),
    ...content.tables.map((t) => `<li><a href="#table-${escapeHtml(t.id)}">${escapeHtml(t.id)}</a></li>`),
  ];
  out.push(toc.length > 0 ? `<ul>\n${toc.join('\n')}\n</ul>` : '<p>No figures or tables were written.</p>');
  if (content.figures.length > 0) out.push('<h2>Figures</h2>');
  content.figures.forEach((f, i) => {
    out.push(
      `<section id="figure-${escapeHtml(f.id)}">`,
      `<h3>${escapeHtml(f.id)}</h3>`,
      figureHtmlFragment(f.spec, { divId: `plot-${i}` }).trimEnd(),
      `<p class="caption">${escapeHtml(f.caption)}</p>`,
      `<p class="files">${links('figures', f.id, f.formats)}</p>`,
      '</section>',
    );
  });
  if (content.tables.length > 0) out.push('<h2>Tables</h2>');
  for (const t of content.tables) {
    out.push(
      `<section id="table-${escapeHtml(t.id)}">`,
      `<h3>${escapeHtml(t.id)}</h3>`,
      formatTableHtml(t).trimEnd(),
      `<p class="files">${links('tables', t.id, t.formats)}</p>`,
      '</section>',
    );
  }
  if (content.notebooks.length > 0) {
    out.push(
      '<h2>Executed notebooks</h2>',
      '<ul>',
      ...content.notebooks.map(
        (n) => `<li><a href="notebooks/${encodeURIComponent(n)}">${escapeHtml(n)}</a></li>`,
      ),
      '</ul>',
    );
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function listFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function readJsonFiles(dir: string): Array<{ file: string; json: unknown; formats: string[] }> {
  const names = listFiles(dir);
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const file = path.join(dir, n);
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(`writeIndexHtml: ${file}: not valid JSON: ${(err as Error).message}`);
      }
      const stem = n.slice(0, -'.json'.length);
      const formats = names
        .filter((m) => m.startsWith(`${stem}.`) && m !== n)
        .map((m) => m.slice(stem.length + 1))
        .filter((ext) => /^[a-z]+$/.test(ext));
      return { file, json, formats };
    });
}
