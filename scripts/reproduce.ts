/**
 * `npm run reproduce`: the main job. Executes every notebooks/*.ipynb in name order with the
 * project's tslab kernel, headlessly, writing executed copies to out/notebooks/ (figures and
 * tables are written by the notebooks themselves into out/figures and out/tables), then builds
 * out/index.html. Exits 1 when any notebook fails, after printing the failing cell and its error.
 *
 * usage: npm run reproduce [-- --only NAME] [--cell-timeout SECONDS] [--kernel-spec-only]
 *   --only NAME          run one notebook (file name, with or without .ipynb); keeps other outputs
 *   --cell-timeout S     per-cell time limit in seconds (default 900)
 *   --kernel-spec-only   only (re)write .jupyter/kernels/tslab/kernel.json and exit
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatNotebookFailure } from '../lib/io/format-notebook-failure.js';
import { runNotebook } from '../lib/io/run-notebook.js';
import { sharePlotlyInNotebook } from '../lib/io/share-plotly-in-notebook.js';
import { PLOTLY_FILE, writePlotlyJs } from '../lib/io/write-plotly-js.js';
import { writeIndexHtml } from '../lib/io/write-index-html.js';
import { writeKernelSpec } from '../lib/io/write-kernel-spec.js';
import { PAPER_CLAIMS } from '../lib/paper/shared/paper-claims.js';

const USAGE = 'usage: npm run reproduce [-- --only NAME] [--cell-timeout SECONDS] [--kernel-spec-only]\n';

async function main(): Promise<number> {
  const started = Date.now();
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'cell-timeout': { type: 'string', default: '900' },
      'kernel-spec-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const cellTimeoutS = Number(values['cell-timeout']);
  if (!(cellTimeoutS > 0)) throw new Error(`reproduce requires a positive --cell-timeout, got ${values['cell-timeout']}`);

  const root = path.resolve(__dirname, '..');
  const jupyterPath = writeKernelSpec(root);
  console.log(`kernel spec: ${path.join(jupyterPath, 'kernels', 'tslab', 'kernel.json')}`);
  if (values['kernel-spec-only']) return 0;

  const notebooksDir = path.join(root, 'notebooks');
  const all = fs.existsSync(notebooksDir)
    ? fs.readdirSync(notebooksDir).filter((n) => n.endsWith('.ipynb')).sort()
    : [];
  let selected = all;
  if (values.only !== undefined) {
    const want = values.only.endsWith('.ipynb') ? values.only : `${values.only}.ipynb`;
    selected = all.filter((n) => n === path.basename(want));
    if (selected.length === 0) {
      throw new Error(`--only: no notebook ${want} in notebooks/ (have: ${all.join(', ') || 'none'})`);
    }
  }

  const out = path.join(root, 'out');
  const outNotebooks = path.join(out, 'notebooks');
  if (values.only === undefined) {
    // A full run starts from empty output folders so that nothing stale reaches index.html.
    for (const dir of ['figures', 'tables', 'claims', 'notebooks']) fs.rmSync(path.join(out, dir), { recursive: true, force: true });
  }
  for (const dir of ['figures', 'tables', 'notebooks']) fs.mkdirSync(path.join(out, dir), { recursive: true });

  // One copy of plotly.js for every page: figure pages, index.html and the executed notebooks.
  writePlotlyJs(path.join(out, 'figures'));
  const failures: string[] = [];
  for (const [i, name] of selected.entries()) {
    console.log(`[${i + 1}/${selected.length}] ${name}`);
    const result = await runNotebook(path.join(notebooksDir, name), {
      outPath: path.join(outNotebooks, name),
      root,
      cellTimeoutS,
      log: (text) => process.stdout.write(text),
    });
    if (fs.existsSync(result.outPath)) sharePlotlyInNotebook(result.outPath, `../figures/${PLOTLY_FILE}`);
    if (result.ok) {
      console.log(`[${i + 1}/${selected.length}] ${name}: ok in ${result.seconds.toFixed(1)} s`);
    } else {
      failures.push(name);
      console.log(`[${i + 1}/${selected.length}] ${name}: FAILED after ${result.seconds.toFixed(1)} s`);
      process.stderr.write(formatNotebookFailure(name, result.failure!));
    }
  }

  const index = writeIndexHtml(out, { claims: PAPER_CLAIMS });
  const rel = (p: string): string => path.relative(process.cwd(), p) || '.';
  console.log('');
  console.log(`figures:   ${rel(path.join(out, 'figures'))}/`);
  console.log(`tables:    ${rel(path.join(out, 'tables'))}/`);
  console.log(`notebooks: ${rel(outNotebooks)}/ (executed copies)`);
  console.log(`index:     ${rel(index)}`);
  console.log(`${selected.length} notebook(s), ${failures.length} failed, total wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.log(`FAILED: ${failures.join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`reproduce: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
