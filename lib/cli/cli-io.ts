/** Where a CLI command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A subcommand: parses its own arguments and returns the process exit code. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

/** The io that writes to the process's standard streams. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
