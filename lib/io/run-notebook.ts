import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KERNEL_NAME, writeKernelSpec } from './write-kernel-spec.js';

/** Where Debian's Jupyter lives; a pyenv `python3` on PATH usually lacks nbclient. */
const DEFAULT_PYTHON = '/usr/bin/python3';

/** Options of {@link runNotebook}. */
export interface RunNotebookOptions {
  /** Where to write the executed (or partially executed) copy. Its folder is created. */
  outPath: string;
  /** Project root: the kernel's working directory and home of the kernel spec. Default: cwd. */
  root?: string;
  /** Per-cell time limit in seconds. Default 600. */
  cellTimeoutS?: number;
  /** Receives progress text (one line per executed cell, and Jupyter's own warnings). */
  log?: (text: string) => void;
  /** Python with nbclient. Default: $SPECLAT_PYTHON or /usr/bin/python3. */
  python?: string;
}

/** Why a notebook failed: the failing cell and what it printed. */
export interface NotebookFailure {
  /** 'error' (a cell raised), 'timeout', 'dead-kernel', or the Python exception name. */
  kind: string;
  /** Index of the failing cell in the notebook's cell list; null when no cell had started. */
  cellIndex: number | null;
  /** The failing cell's source. */
  source: string;
  /** Error name and value as the kernel reported them ('' when none). */
  errorName: string;
  errorValue: string;
  /** The kernel's traceback lines joined, ANSI colours stripped. */
  traceback: string;
  /** What the failing cell wrote to stderr (tslab writes compile errors there). */
  stderr: string;
  /** nbclient's own message (includes the traceback for cell errors). */
  message: string;
}

/** The outcome of {@link runNotebook}. */
export interface NotebookRunResult {
  ok: boolean;
  /** Wall time, seconds. */
  seconds: number;
  /** The executed copy (written whether or not a cell failed, unless Python itself failed). */
  outPath: string;
  /** Present when ok is false. */
  failure?: NotebookFailure;
}

interface CellJson {
  cell_type: string;
  source: string | string[];
  outputs?: Array<Record<string, unknown>>;
}

/**
 * Executes a notebook headlessly with the project's tslab kernel (Debian nbclient through
 * /usr/bin/python3 and lib/io/execute-notebook.py), stopping at the first failing cell.
 * Writes the kernel spec first (see writeKernelSpec), runs with the kernel's cwd at `root`,
 * and always resolves: a failing cell gives `ok: false` with the cell and its error output.
 *
 * @param notebookPath the .ipynb file to run
 * @param options where to write the executed copy, root, per-cell timeout, progress sink
 * @returns ok, seconds, outPath and, on failure, the failing cell's details
 * @throws {Error} `runNotebook requires ...` when the notebook or Python with nbclient is missing
 * @example
 * const r = await runNotebook('notebooks/00-smoke.ipynb', { outPath: 'out/notebooks/00-smoke.ipynb' });
 * if (!r.ok) console.error(formatNotebookFailure('00-smoke.ipynb', r.failure!));
 */
export async function runNotebook(notebookPath: string, options: RunNotebookOptions): Promise<NotebookRunResult> {
  if (!fs.existsSync(notebookPath)) throw new Error(`runNotebook requires an existing notebook, got ${notebookPath}`);
  if (!options || typeof options.outPath !== 'string' || options.outPath === '') {
    throw new Error('runNotebook requires options.outPath');
  }
  const python = options.python ?? process.env.SPECLAT_PYTHON ?? DEFAULT_PYTHON;
  if (!fs.existsSync(python)) {
    throw new Error(`runNotebook requires ${python} with nbclient (Debian: apt-get install python3-nbclient)`);
  }
  const timeoutS = options.cellTimeoutS ?? 600;
  if (!(timeoutS > 0)) throw new Error(`runNotebook requires a positive cellTimeoutS, got ${timeoutS}`);
  return runNotebookCore(path.resolve(notebookPath), {
    outPath: path.resolve(options.outPath),
    root: path.resolve(options.root ?? process.cwd()),
    timeoutS,
    python,
    log: options.log ?? (() => undefined),
  });
}

async function runNotebookCore(
  notebookPath: string,
  o: { outPath: string; root: string; timeoutS: number; python: string; log: (text: string) => void },
): Promise<NotebookRunResult> {
  const started = process.hrtime.bigint();
  const jupyterPath = writeKernelSpec(o.root);
  fs.mkdirSync(path.dirname(o.outPath), { recursive: true });
  const script = path.join(__dirname, 'execute-notebook.py');
  const env = {
    ...process.env,
    JUPYTER_PATH: [jupyterPath, process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter),
  };
  const args = [script, notebookPath, o.outPath, o.root, String(o.timeoutS), KERNEL_NAME];
  const { code, stdout, stderr } = await spawnCollect(o.python, args, o.root, env, o.log);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  let summary: { ok: boolean; cellIndex?: number | null; kind?: string; message?: string };
  try {
    summary = JSON.parse(lastLine);
  } catch {
    const failure: NotebookFailure = {
      kind: 'runner',
      cellIndex: null,
      source: '',
      errorName: '',
      errorValue: '',
      traceback: '',
      stderr: stderr.slice(-4000),
      message: `execute-notebook.py exited with status ${code} without a result`,
    };
    return { ok: false, seconds, outPath: o.outPath, failure };
  }
  if (summary.ok) return { ok: true, seconds, outPath: o.outPath };
  const cellIndex = summary.cellIndex ?? null;
  const failure: NotebookFailure = {
    kind: summary.kind ?? 'error',
    cellIndex,
    source: '',
    errorName: '',
    errorValue: '',
    traceback: '',
    stderr: '',
    message: stripAnsi(summary.message ?? ''),
  };
  if (cellIndex !== null && fs.existsSync(o.outPath)) {
    const nb = JSON.parse(fs.readFileSync(o.outPath, 'utf8')) as { cells: CellJson[] };
    const cell = nb.cells[cellIndex];
    if (cell) Object.assign(failure, describeCell(cell));
  }
  if (cellIndex === null) failure.stderr = stderr.slice(-4000);
  return { ok: false, seconds, outPath: o.outPath, failure };
}

function describeCell(cell: CellJson): Pick<NotebookFailure, 'source' | 'errorName' | 'errorValue' | 'traceback' | 'stderr'> {
  const text = (v: unknown): string => (Array.isArray(v) ? v.join('') : typeof v === 'string' ? v : '');
  const outputs = cell.outputs ?? [];
  const error = outputs.find((out) => out.output_type === 'error');
  const stderr = outputs
    .filter((out) => out.output_type === 'stream' && out.name === 'stderr')
    .map((out) => text(out.text))
    .join('');
  return {
    source: text(cell.source),
    errorName: error ? String(error.ename ?? '') : '',
    errorValue: error ? stripAnsi(String(error.evalue ?? '')) : '',
    traceback: error && Array.isArray(error.traceback) ? stripAnsi(error.traceback.join('\n')) : '',
    stderr: stripAnsi(stderr),
  };
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

function spawnCollect(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: (text: string) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      log(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
