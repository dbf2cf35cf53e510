import * as fs from 'node:fs';
import { parseCliNumber } from './parse-cli-number.js';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { joinNegativeValues } from './join-negative-values.js';
import { SingleBar } from 'cli-progress';
import { formatTidyCsv } from '../data/formats/tidy-csv/format-tidy-csv.js';
import { writeSimOutput } from '../io/write-sim-output.js';
import { writeSimTidy } from '../io/write-sim-tidy.js';
import { buildSimGuidellmReport } from '../sim/build-sim-guidellm-report.js';
import type { GridJob, GridPlan } from '../sim/grid-job.js';
import { paperGridJobs } from '../sim/paper-grid-jobs.js';
import { resolveSystem } from '../sim/resolve-system.js';
import { runGrid } from '../sim/run-grid.js';
import type { SimRunResult, SimWorkload } from '../sim/sim-run-types.js';
import type { SystemSpec } from '../sim/specs/spec-types.js';
import { getSystemSpec, listSystems } from '../sim/system-registry.js';
import type { CliCommand } from './cli-io.js';

const USAGE = `usage: speclat simulate --system NAME|FILE.json [workload] [load] [options]
       speclat simulate --list
       speclat simulate --print-spec NAME

Simulates a vLLM-like server (continuous batching, chunked prefill, speculative decoding)
under GuideLLM load and writes what GuideLLM would have measured.

system:
  --system NAME|FILE   a registry system (see --list) or a SystemSpec JSON file (see --print-spec)
  --list               list the registry systems
  --print-spec NAME    print a registry system's full spec as JSON (edit it, pass it to --system)
  --max-model-len N    override max_model_len (default: the system's, raised to fit the
                       workload's prefill + decode tokens)
workload (one configuration) or --grid:
  --prefill N          prompt tokens per request (default 512)
  --decode N           output tokens per request (default 128)
  --k K                draft length; 0 = no speculation (default 0)
  --alpha A            acceptance probability per drafted token (i.i.d.), required when k > 0
  --acceptance-rates R1,R2,...
                       per-position acceptance rates instead of --alpha (cumulative, as vLLM reports them)
  --grid paper         the paper grid: 16 prefill/decode pairs x (baseline + 11 alphas x 10 k)
load:
  --sweep N            a GuideLLM sweep of N benchmarks: synchronous, throughput, N-2 rates (default 10)
  --rates R1,R2,...    constant-rate benchmarks at these rates (requests/s) instead of a sweep
  --duration S         seconds per benchmark (default 90, as the real runs)
  --max-concurrency N  GuideLLM max concurrency (default 128)
  --seed S             base seed (default 0); job i of a grid uses a seed derived from S and i
output:
  --out DIR            write files into DIR (default: print to stdout)
  --format F           tidy (CSV, default) or guidellm (GuideLLM 0.5 benchmarks.json per configuration,
                       with a .meta.json sidecar for speclat load)
  --workers N          worker threads for several configurations (default: CPU count)
`;

/**
 * `speclat simulate`: runs the simulator for one configuration or the paper grid and prints or
 * writes tidy rows or GuideLLM reports. A progress bar (stderr, TTY only) follows the jobs.
 *
 * @param argv arguments after `simulate`
 * @param io where output goes
 * @returns 0 on success, 2 on bad usage
 * @throws {Error} a one-line message for bad option values, an unknown system or a failed simulation (main prints it, exit 1)
 * @example
 * await simulateCommand(['--system', 'qwen3-8b@a100-80gb', '--k', '3', '--alpha', '0.8', '--duration', '30'], io);
 */
export const simulateCommand: CliCommand = async (argv, io) => {
  let parsed;
  try {
    const options = {
      system: { type: 'string' },
      list: { type: 'boolean' },
      'print-spec': { type: 'string' },
      'max-model-len': { type: 'string' },
      prefill: { type: 'string' },
      decode: { type: 'string' },
      k: { type: 'string' },
      alpha: { type: 'string' },
      'acceptance-rates': { type: 'string' },
      grid: { type: 'string' },
      sweep: { type: 'string' },
      rates: { type: 'string' },
      duration: { type: 'string' },
      'max-concurrency': { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    } as const;
    parsed = parseArgs({ args: joinNegativeValues(argv, options), allowPositionals: false, options });
  } catch (err) {
    io.stderr(`speclat simulate: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (v.list) {
    io.stdout(listSystems().join('\n') + '\n');
    return 0;
  }
  if (v['print-spec'] !== undefined) {
    io.stdout(JSON.stringify(getSystemSpec(v['print-spec']), null, 2) + '\n');
    return 0;
  }
  if (v.system === undefined) {
    io.stderr(`speclat simulate: --system is required\n${USAGE}`);
    return 2;
  }

  const int = (flag: string, text: string | undefined, min: number, dflt: number): number => {
    if (text === undefined) return dflt;
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n) || n < min) throw new Error(`simulate requires ${flag} to be an integer >= ${min}, got ${JSON.stringify(text)}`);
    return n;
  };
  const num = (flag: string, text: string, ok: (n: number) => boolean, what: string): number =>
    parseCliNumber('simulate', flag, text, ok, what);
  const list = (flag: string, text: string, ok: (n: number) => boolean, what: string): number[] =>
    text.split(',').map((part) => num(flag, part, ok, `a comma-separated list of ${what}`));

  const format = v.format ?? 'tidy';
  if (format !== 'tidy' && format !== 'guidellm') throw new Error(`simulate requires --format tidy or guidellm, got ${JSON.stringify(format)}`);
  if (v.sweep !== undefined && v.rates !== undefined) throw new Error('simulate requires at most one of --sweep and --rates');
  if (v.alpha !== undefined && v['acceptance-rates'] !== undefined) throw new Error('simulate requires at most one of --alpha and --acceptance-rates');
  const plan: GridPlan =
    v.rates !== undefined
      ? { type: 'rates', rates: list('--rates', v.rates, (n) => n > 0, 'rates > 0') }
      : { type: 'sweep', sweepSize: int('--sweep', v.sweep, 3, 10) };
  const durationS = v.duration === undefined ? 90 : num('--duration', v.duration, (n) => n > 0, 'a number of seconds > 0');
  const maxConcurrency = int('--max-concurrency', v['max-concurrency'], 1, 128);
  const seed = int('--seed', v.seed, 0, 0);
  const workersMax = int('--workers', v.workers, 0, os.cpus().length);

  // The system, as a spec object that every worker resolves the same way.
  const spec = readSpec(v.system);
  const jobs: GridJob[] = [];
  if (v.grid !== undefined) {
    if (v.grid !== 'paper') throw new Error(`simulate requires --grid paper, got ${JSON.stringify(v.grid)}`);
    for (const flag of ['prefill', 'decode', 'k', 'alpha', 'acceptance-rates'] as const) {
      if (v[flag] !== undefined) throw new Error(`simulate requires no --${flag} with --grid (the grid sets it)`);
    }
    jobs.push(...paperGridJobs(null, spec.drafter !== null, plan));
  } else {
    const workload: SimWorkload = {
      prefillTokens: int('--prefill', v.prefill, 1, 512),
      decodeTokens: int('--decode', v.decode, 1, 128),
      k: int('--k', v.k, 0, 0),
    };
    if (v.alpha !== undefined) workload.alpha = num('--alpha', v.alpha, (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
    if (v['acceptance-rates'] !== undefined) workload.acceptanceRates = list('--acceptance-rates', v['acceptance-rates'], (n) => n >= 0 && n <= 1, 'rates in [0, 1]');
    if (workload.k > 0 && workload.alpha === undefined && workload.acceptanceRates === undefined) {
      throw new Error('simulate requires --alpha or --acceptance-rates when --k > 0');
    }
    jobs.push({ system: null, workload, plan });
  }
  const longest = Math.max(...jobs.map((j) => j.workload.prefillTokens + j.workload.decodeTokens));
  const maxModelLen = v['max-model-len'] !== undefined ? int('--max-model-len', v['max-model-len'], 1, 0) : Math.max(spec.engine.maxModelLen, longest);
  const jobSpec: SystemSpec = { ...spec, engine: { ...spec.engine, maxModelLen } };
  resolveSystem(jobSpec); // fail early, in this thread, on a spec that cannot run
  for (const j of jobs) j.system = jobSpec;

  const keepRuns = format === 'guidellm';
  if (keepRuns && v.out === undefined && jobs.length > 1) throw new Error('simulate requires --out DIR for GuideLLM reports of several configurations');
  const bar = process.stderr.isTTY
    ? new SingleBar({ stream: process.stderr, format: 'simulate |{bar}| {value}/{total} configurations | {eta_formatted} left', hideCursor: true })
    : null;
  bar?.start(jobs.length, 0);
  const started = Date.now();
  let results;
  try {
    results = await runGrid(jobs, {
      systemFactory: { modulePath: require.resolve('../sim/resolve-system.ts'), exportName: 'resolveSystem' },
      seed,
      durationS,
      maxConcurrency,
      workers: jobs.length === 1 ? 0 : Math.min(workersMax, jobs.length),
      keepRuns,
      onProgress: (done) => bar?.update(done),
    });
  } finally {
    bar?.stop();
  }
  const rows = results.flatMap((r) => r.rows);
  const benchmarks = results.reduce((a, r) => a + (r.run ? r.run.benchmarks.length : 0), 0);
  io.stderr(
    `speclat simulate: ${jobs.length} configuration(s), ${rows.length} tidy row(s)${keepRuns ? `, ${benchmarks} benchmark(s)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );

  if (keepRuns) {
    const runs = results.map((r) => r.run as SimRunResult);
    if (v.out === undefined) {
      io.stdout(JSON.stringify(buildSimGuidellmReport(runs[0])) + '\n');
    } else {
      for (const file of writeSimOutput(runs, { outDir: v.out, format: 'guidellm' })) io.stderr(`wrote ${file}\n`);
    }
  } else if (v.out === undefined) {
    io.stdout(formatTidyCsv(rows));
  } else {
    io.stderr(`wrote ${writeSimTidy(rows, path.join(v.out, 'sim-tidy.csv'))}\n`);
  }
  return 0;
};

/** A registry system's spec, or the spec in a JSON file (a path that exists or ends in .json). */
function readSpec(system: string): SystemSpec {
  if (system.toLowerCase().endsWith('.json') || fs.existsSync(system)) {
    let text: string;
    try {
      text = fs.readFileSync(system, 'utf8');
    } catch (err) {
      throw new Error(`simulate: ${system}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    try {
      return JSON.parse(text) as SystemSpec;
    } catch (err) {
      throw new Error(`simulate: ${system}: not valid JSON (${(err as Error).message})`);
    }
  }
  return getSystemSpec(system);
}
