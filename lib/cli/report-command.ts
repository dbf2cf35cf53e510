import { parseArgs } from 'node:util';
import type { FigureFormat } from '../io/create-figure-writer.js';
import { createReport } from '../io/create-report.js';
import { writeIndexHtml } from '../io/write-index-html.js';
import { advise } from '../paper/your-data/advise.js';
import { adviceJson } from '../paper/your-data/advice-json.js';
import { showAdvice } from '../paper/your-data/index.js';
import { writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { CliCommand } from './cli-io.js';
import { LOAD_ARG_OPTIONS } from './load-options-from-args.js';
import { ADVICE_ARG_OPTIONS, adviseInput } from './advise-command.js';

const USAGE = `usage: speclat report FILE|DIR... --out DIR [--formats png,svg,html | --formats none] [advise options]

One offline HTML page (DIR/index.html) for your own sweeps: each configuration's Eq. 1 fit and
its residuals, the collapse, speedup and best configuration against load, the advice table and
the vLLM schedule; each figure also as PNG/SVG/HTML (headless Chromium) and JSON in DIR/figures,
each table as CSV/Markdown/JSON in DIR/tables, and the advice as DIR/advice.json.

  --out DIR            output folder (created)
  --formats LIST       figure files besides JSON (default png,svg,html; 'none': JSON only, no browser)
  --label TEXT         how the data are named in captions (default 'your measurements')
  --rps, --concurrency, --slo-latency-s, --max-k, --max-batch, --select-alpha, --loss and the load options
                       as in 'speclat advise'
`;

/**
 * `speclat report`: the advice and its figures as one offline HTML page.
 *
 * @param argv arguments after `report`
 * @param io where output goes
 * @returns 0 on success, 2 on bad usage
 * @throws {Error} one-line `report requires ...` / `advise requires ...` messages (main prints them, exit 1)
 * @example
 * await reportCommand(['runs/', '--out', 'out/mine'], io);
 */
export const reportCommand: CliCommand = async (argv, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...LOAD_ARG_OPTIONS,
        out: { type: 'string' },
        formats: { type: 'string' },
        label: { type: 'string' },
        ...ADVICE_ARG_OPTIONS,
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`speclat report: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (v.out === undefined) throw new Error('report requires --out DIR');
  const formats = parseFormats(v.formats);
  const { rows, options } = await adviseInput('report', parsed.positionals, v, io);
  const advice = advise(rows, options);
  const dataLabel = v.label ?? 'your measurements';
  mkdirSync(v.out, { recursive: true });
  const report = createReport({ outDir: v.out, display: false, formats, notebook: 'speclat-report' });
  try {
    await showAdvice(report, { rows, advice }, { files: parsed.positionals, verifier: null, alpha: null, loads: null, sloLatencyS: advice.sloLatencyS, maxK: null, maxBatch: options.maxBatch ?? 256, loss: advice.loss, dataLabel });
  } finally {
    await report.close();
  }
  writeFileSync(path.join(v.out, 'advice.json'), `${JSON.stringify(adviceJson(advice), null, 2)}\n`);
  const index = writeIndexHtml(v.out);
  io.stdout(`${index}\n`);
  return 0;
};

function parseFormats(text: string | undefined): FigureFormat[] {
  if (text === undefined) return ['png', 'svg', 'html'];
  if (text === 'none') return [];
  const out = text.split(',').map((t) => t.trim());
  for (const f of out) if (f !== 'png' && f !== 'svg' && f !== 'html') throw new Error(`report requires --formats from png, svg, html or 'none', got "${f}"`);
  return out as FigureFormat[];
}
