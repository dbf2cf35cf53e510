import type { CliCommand, CliIo } from './cli/cli-io.js';
import { processIo } from './cli/cli-io.js';
import { adviseCommand } from './cli/advise-command.js';
import { fitCommand } from './cli/fit-command.js';
import { loadCommand } from './cli/load-command.js';
import { reportCommand } from './cli/report-command.js';
import { predictCommand } from './cli/predict-command.js';
import { simulateCommand } from './cli/simulate-command.js';

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

/** The subcommands by name. */
const COMMANDS: Record<string, CliCommand> = {
  load: loadCommand,
  fit: fitCommand,
  predict: predictCommand,
  simulate: simulateCommand,
  advise: adviseCommand,
  report: reportCommand,
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
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`speclat: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    io.stderr(`speclat ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
