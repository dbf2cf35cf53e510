import type { CliCommand, CliIo } from './cli/cli-io.js';
import { processIo } from './cli/cli-io.js';

const USAGE = `usage: speclat <command> [options]

commands:
  load FILE... [--csv|--json]          print measurement files as the tidy table
  fit FILE... [--model eq1|sd|moe]     fit the latency model (see speclat fit --help)
  predict --c1 S --c2 S --rps R        latency and speedup from given coefficients
  simulate --system NAME ...           simulate a vLLM-like server under GuideLLM load
  advise FILE... [--rps LIST]          which configuration and draft length to run at your load
  report FILE... --out DIR             the advice with its figures as one offline HTML page

Run 'speclat <command> --help' for the options of one command.
`;

/**
 * The subcommands by name, each loaded when it runs: the modules of the others (the simulator,
 * the figure and report writers, the progress bars) are not read at its start.
 */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  load: async () => (await import('./cli/load-command.js')).loadCommand,
  fit: async () => (await import('./cli/fit-command.js')).fitCommand,
  predict: async () => (await import('./cli/predict-command.js')).predictCommand,
  simulate: async () => (await import('./cli/simulate-command.js')).simulateCommand,
  advise: async () => (await import('./cli/advise-command.js')).adviseCommand,
  report: async () => (await import('./cli/report-command.js')).reportCommand,
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
  const loadCommand = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!loadCommand) {
    io.stderr(`speclat: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  try {
    const command = await loadCommand();
    return await command(rest, io);
  } catch (err) {
    io.stderr(`speclat ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
