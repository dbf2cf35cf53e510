import type { CliIo } from '../../lib/cli/cli-io.js';

/** A CliIo that collects what a command writes, for the CLI tests. */
export function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}
