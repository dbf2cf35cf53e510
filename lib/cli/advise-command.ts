import { parseArgs } from 'node:util';
import { loadMeasurements } from '../data/load-measurements.js';
import { advise } from '../paper/your-data/advise.js';
import { adviceJson } from '../paper/your-data/advice-json.js';
import { adviceText } from '../paper/your-data/advice-text.js';
import type { CliCommand } from './cli-io.js';
import { LOAD_ARG_OPTIONS, loadOptionsFromArgs } from './load-options-from-args.js';
import { parseCliNumber } from './parse-cli-number.js';
import type { AdviseOptions } from '../paper/your-data/advise.js';

const USAGE = `usage: speclat advise FILE|DIR... [--rps LIST | --concurrency LIST] [--slo-latency-s S] [--json]

From your sweeps (one verifier, hardware and workload; runs with and without speculative decoding,
differing in drafter, k and alpha) to the configuration to run at each load: fits Eq. 1 per
configuration, names the fastest one at each load with every configuration's latency and speedup
over the baseline (the run with k = 0; without one, k = 0 of the pooled Eq. 3 fit), the break-even
loads, the capacity under a mean-latency SLO, and a vLLM num_speculative_tokens_per_batch_size
schedule when a drafter was measured at 2 or more k (every k up to --max-k is then covered).

  --rps LIST           request rates to advise at (open loop), comma-separated
  --concurrency LIST   concurrencies to advise at (closed loop: L = C1 + C2 c)
                       (default: 10 loads up to the highest measured one; loads beyond it are marked *)
  --slo-latency-s S    mean-latency SLO (s): capacity = highest load with mean latency <= S
  --max-k K            longest draft length covered per drafter (default: its longest measured)
  --max-batch N        largest batch of the vLLM schedule (max_num_seqs, default 256)
  --select-alpha A     keep only SD rows with alpha A (for forced-acceptance studies)
  --loss relative|absolute
                       the error model of every fit (default relative): residuals (pred - obs) / obs,
                       or absolute residuals in seconds (the paper's curve_fit)
  --json               the advice as JSON (configurations, loads, break_even, capacity, vllm_schedule)
  --verifier, --drafter, --hardware, --k, --alpha, --prefill, --decode, --skip-invalid
                       what the files lack, as in 'speclat load'
`;

/** The advice options that `advise` and `report` share (loads, SLO, draft-length limits). */
export const ADVICE_ARG_OPTIONS = {
  rps: { type: 'string' },
  concurrency: { type: 'string' },
  'slo-latency-s': { type: 'string' },
  'max-k': { type: 'string' },
  'max-batch': { type: 'string' },
  'select-alpha': { type: 'string' },
  loss: { type: 'string' },
} as const;

/**
 * `speclat advise`: the configuration and draft length to run at each load, from the user's sweeps.
 *
 * @param argv arguments after `advise`
 * @param io where output goes
 * @returns 0 on success, 2 on bad usage
 * @throws {Error} one-line `advise requires ...` messages (main prints them, exit 1)
 * @example
 * await adviseCommand(['runs/', '--rps', '1,4,8', '--json'], io);
 */
export const adviseCommand: CliCommand = async (argv, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...LOAD_ARG_OPTIONS,
        ...ADVICE_ARG_OPTIONS,
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`speclat advise: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(USAGE);
    return 0;
  }
  const { rows, options } = await adviseInput('advise', parsed.positionals, v, io);
  const advice = advise(rows, options);
  io.stdout(v.json ? `${JSON.stringify(adviceJson(advice), null, 2)}\n` : adviceText(advice));
  return 0;
};

/** The parsed flags advise and report share. */
export type AdviseArgValues = Record<string, string | boolean | undefined>;

/**
 * Loads the files and turns the shared flags of `advise` and `report` into advise options.
 *
 * @param command 'advise' or 'report', for messages
 * @param paths files and folders
 * @param v parsed flags
 * @param io where skip warnings go
 * @returns rows and options
 * @throws {Error} `<command> requires ...` for missing paths and bad values
 * @example
 * await adviseInput('advise', ['runs/'], { rps: '1,2' }, io);
 */
export async function adviseInput(command: string, paths: string[], v: AdviseArgValues, io: { stderr: (t: string) => void }) {
  if (paths.length === 0) throw new Error(`${command} requires at least one measurement file or folder`);
  if (v.rps !== undefined && v.concurrency !== undefined) throw new Error(`${command} requires at most one of --rps and --concurrency`);
  const num = (flag: string, text: string, ok: (n: number) => boolean, what: string) => parseCliNumber(command, flag, text, ok, what);
  const options: AdviseOptions = {};
  const list = v.rps ?? v.concurrency;
  if (typeof list === 'string') {
    options.loadKind = v.rps !== undefined ? 'rps' : 'concurrency';
    options.loads = list.split(',').map((t) => num(v.rps !== undefined ? '--rps' : '--concurrency', t, (n) => n >= 0, 'comma-separated numbers >= 0'));
  }
  if (typeof v['slo-latency-s'] === 'string') options.sloLatencyS = num('--slo-latency-s', v['slo-latency-s'], (n) => n > 0, 'a number > 0');
  if (typeof v['max-k'] === 'string') options.maxK = num('--max-k', v['max-k'], (n) => Number.isInteger(n) && n >= 1, 'an integer >= 1');
  if (v.loss !== undefined) {
    if (v.loss !== 'relative' && v.loss !== 'absolute') throw new Error(`${command} requires --loss relative or absolute, got ${JSON.stringify(v.loss)}`);
    options.loss = v.loss;
  }
  if (typeof v['max-batch'] === 'string') options.maxBatch = num('--max-batch', v['max-batch'], (n) => Number.isInteger(n) && n >= 1, 'an integer >= 1');
  const warnings: string[] = [];
  let rows = await loadMeasurements(paths, loadOptionsFromArgs(command, v, warnings));
  for (const w of warnings) io.stderr(`speclat ${command}: warning: ${w}\n`);
  if (typeof v['select-alpha'] === 'string') {
    const a = num('--select-alpha', v['select-alpha'], (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
    const alphas = [...new Set(rows.filter((r) => r.k > 0).map((r) => r.alpha))];
    rows = rows.filter((r) => r.k === 0 || r.alpha === a);
    if (!rows.some((r) => r.k > 0)) throw new Error(`${command} requires --select-alpha to be an alpha of the files (alphas: ${alphas.map(String).join(', ')})`);
  }
  return { rows, options };
}
