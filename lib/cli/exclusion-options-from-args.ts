import type { ExclusionOptions } from '../fit/exclusion-options.js';
import { parseCliNumber } from './parse-cli-number.js';

/** One threshold flag: its ExclusionOptions key, and whether 'off' (null) is allowed. */
const FLAGS = {
  'max-concurrency': { key: 'maxConcurrency', off: true, positive: true },
  'cap-fraction': { key: 'capFraction', off: false, positive: false },
  'max-errored-share': { key: 'maxErroredShare', off: false, positive: false },
  'min-rate-ratio': { key: 'minRateRatio', off: true, positive: false },
  'drain-latencies': { key: 'drainLatencies', off: true, positive: false },
  'arrival-spread': { key: 'arrivalSpread', off: false, positive: false },
  'ttft-growth': { key: 'ttftGrowth', off: true, positive: false },
  'queue-share': { key: 'queueShare', off: false, positive: false },
  'throughput-fraction': { key: 'throughputFraction', off: true, positive: false },
  'jump-factor': { key: 'jumpFactor', off: true, positive: false },
} as const satisfies Record<string, { key: keyof ExclusionOptions; off: boolean; positive: boolean }>;

type Flag = keyof typeof FLAGS;

/** parseArgs definitions of the exclusion flags of `speclat fit`. */
export const EXCLUSION_ARG_OPTIONS = {
  ...(Object.fromEntries(Object.keys(FLAGS).map((f) => [f, { type: 'string' }])) as Record<Flag, { type: 'string' }>),
  'no-exclude': { type: 'boolean' },
} as const;

/** Usage lines of the exclusion flags. */
export const EXCLUSION_ARG_USAGE = `exclusion (thresholds of the saturation rules; 'off' switches a rule off):
  --max-concurrency N  the client's cap on requests in flight (default: the files' max_concurrency)
  --cap-fraction X     open-loop runs with X x cap or more in flight are throttled (default 0.9)
  --max-errored-share X  runs with more errored requests than this share (default 0.02)
  --min-rate-ratio X|off  time-window runs (GuideLLM) measuring less than X x the target rate (default 0.9)
  --drain-latencies X|off  finite runs (vLLM: num_prompts) lasting longer than the arrival window
                       plus X mean latencies (or the longest request) (default 3)
  --arrival-spread X   standard deviations of the last arrival allowed in that window (default 3)
  --ttft-growth X|off  queue: TTFT X times the low-load TTFT or more ... (default 3)
  --queue-share X      ... and the wait beyond the latency's growth over X of the latency (default 0.1)
  --throughput-fraction X|off  target rates at X x a sustained throughput run's rate (default 0.98)
  --jump-factor X|off  latency jump by X on a rate plateau (default 1.5)
  --no-exclude         keep every valid row (throughput runs and invalid rows are still left out)
`;

/** The parsed values of {@link EXCLUSION_ARG_OPTIONS}. */
export type ExclusionArgValues = Partial<Record<Flag, string>> & { 'no-exclude'?: boolean };

/**
 * Turns the exclusion flags into excludeSaturated's options (false for --no-exclude).
 *
 * @param command the subcommand, for messages
 * @param values the parsed flags
 * @returns the options, or false to keep every valid row
 * @throws {Error} `<command> requires --ttft-growth to be a number >= 0 or 'off', got "x"`, or
 *   `<command> requires at most one of --no-exclude and the threshold flags`
 * @example
 * exclusionOptionsFromArgs('fit', { 'ttft-growth': '5', 'min-rate-ratio': 'off' }); // { ttftGrowth: 5, minRateRatio: null }
 */
export function exclusionOptionsFromArgs(command: string, values: ExclusionArgValues): ExclusionOptions | false {
  const given = (Object.keys(FLAGS) as Flag[]).filter((f) => values[f] !== undefined);
  if (values['no-exclude']) {
    if (given.length > 0) throw new Error(`${command} requires at most one of --no-exclude and --${given[0]}`);
    return false;
  }
  const out: Record<string, number | null> = {};
  for (const flag of given) {
    const spec = FLAGS[flag];
    const text = values[flag] as string;
    if (spec.off && text.trim().toLowerCase() === 'off') {
      out[spec.key] = null;
      continue;
    }
    const what = `${spec.positive ? 'a positive number' : 'a number >= 0'}${spec.off ? " or 'off'" : ''}`;
    out[spec.key] = parseCliNumber(command, `--${flag}`, text, (n) => (spec.positive ? n > 0 : n >= 0), what);
  }
  return out as ExclusionOptions;
}
