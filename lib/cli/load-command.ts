import { parseArgs } from 'node:util';
import { LOAD_ARG_OPTIONS, LOAD_ARG_USAGE, loadOptionsFromArgs } from './load-options-from-args.js';
import { joinNegativeValues } from './join-negative-values.js';
import { loadRowsForCommand } from './load-rows-for-command.js';
import { formatTidyCsv } from '../data/formats/tidy-csv/format-tidy-csv.js';
import type { TidyRow } from '../data/tidy-schema.js';
import { TIDY_COLUMNS } from '../data/tidy-schema.js';
import type { CliCommand } from './cli-io.js';

const USAGE = `usage: speclat load FILE|DIR... [--csv | --json] [options]

Reads measurement files (GuideLLM JSON/YAML reports, vllm bench serve results, reduced
speculators-scaling sweeps, tidy CSV, yours with --columns; format detected from the content;
folders are read recursively, files in natural order) and prints the tidy table, one row per
benchmark run.

output:
  (default)            aligned text table of the tidy columns (numbers to 4 significant digits)
  --csv                the tidy CSV (all columns, full precision)
  --json               a JSON array of rows (all columns)
configuration the files lack (beats sidecar files <file>.meta.json / speclat.meta.json):
  --verifier NAME      verifier (target) model
  --drafter NAME       drafter; '' for none
  --hardware LABEL     e.g. A100-80GB
  --k K                draft length (integer >= 0)
  --alpha A            acceptance probability in [0, 1]
  --prefill N          prompt tokens per request
  --decode N           output tokens per request
${LOAD_ARG_USAGE}`;

/**
 * `speclat load FILE... [--csv|--json]`: prints measurement files as the tidy table.
 *
 * @param argv arguments after `load`
 * @param io where output goes
 * @returns 0 on success, 2 on bad usage
 * @throws {Error} a one-line message for bad option values or unreadable files (main prints it, exit 1)
 * @example
 * await loadCommand(['runs/', '--csv', '--hardware', 'H100'], io);
 */
export const loadCommand: CliCommand = async (argv, io) => {
  let parsed;
  try {
    const options = {
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
      ...LOAD_ARG_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    } as const;
    parsed = parseArgs({ args: joinNegativeValues(argv, options), allowPositionals: true, options });
  } catch (err) {
    io.stderr(`speclat load: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`speclat load: no FILE given\n${USAGE}`);
    return 2;
  }
  if (values.csv && values.json) throw new Error('load requires at most one of --csv and --json');

  const rows = await loadRowsForCommand('load', positionals, loadOptionsFromArgs('load', values, []), io);
  if (values.csv) io.stdout(formatTidyCsv(rows));
  else if (values.json) io.stdout(rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  else io.stdout(formatTextTable(rows));
  return 0;
};

/** The tidy columns as an aligned text table: numbers right-aligned to 4 significant digits, null as '-'. */
function formatTextTable(rows: readonly TidyRow[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const columns = [...TIDY_COLUMNS];
  const cells = rows.map((row) => columns.map((c) => cellText(row[c])));
  const numeric = columns.map((c) => rows.some((row) => typeof row[c] === 'number'));
  const widths = columns.map((c, j) => Math.max(c.length, ...cells.map((r) => r[j].length)));
  const line = (values: string[]) =>
    values
      .map((v, j) => (numeric[j] ? v.padStart(widths[j]) : v.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  return `${[line(columns), ...cells.map(line)].join('\n')}\n`;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
  if (v === '') return "''";
  return String(v);
}
