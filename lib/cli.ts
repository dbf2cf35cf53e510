import type { CliCommand, CliIo } from './cli/cli-io.js';
import { processIo } from './cli/cli-io.js';

const USAGE = `usage: speclat <command> [options]

commands:
  load FILE... [--csv|--json]          print measurement files as the tidy table
  fit FILE... [--model eq1|sd|moe]     fit the latency model (see speclat fit --help)
  predict --c1 S --c2 S --rps R        latency and speedup from given coefficients
  simulate --system NAME ...           simulate a vLLM-like server under GuideLLM load

Run 'speclat <command> --help' for the options of one command.
`;

/**
 * Subcommands, loaded lazily (require at first use) so that one command's dependencies never
 * slow another. require rather than import() keeps this CommonJS module loadable by tsx's
 * CommonJS hook alone (bin/speclat.cjs) and by tslab.
 */
const COMMANDS: Record<string, () => CliCommand> = {
  load: () => (require('./cli/load-command.js') as typeof import('./cli/load-command.js')).loadCommand,
  fit: () => (require('./cli/fit-command.js') as typeof import('./cli/fit-command.js')).fitCommand,
  predict: () => (require('./cli/predict-command.js') as typeof import('./cli/predict-command.js')).predictCommand,
  simulate: () => (require('./cli/simulate-command.js') as typeof import('./cli/simulate-command.js')).simulateCommand,
};

/**
 * Runs the speclat CLI.
 *
 * @param argv arguments after the program name
 * @param io where output goes (defaults to the process streams)
 * @returns the exit code: 0 on success, 1 on bad input (with a one-line reason on stderr), 2 on bad usage
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`speclat: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  try {
    return await load()(rest, io);
  } catch (err) {
    io.stderr(`speclat ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
