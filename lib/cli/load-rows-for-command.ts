import type { LoadOptions } from '../data/load-measurements.js';
import { loadMeasurements } from '../data/load-measurements.js';
import type { TidyRow } from '../data/tidy-schema.js';
import { naturalCompare } from '../util/natural-compare.js';
import type { CliIo } from './cli-io.js';

/**
 * Loads the files a command names: paths in natural order (shells expand `conc*.json` in text
 * order: conc1, conc128, conc16), and every note the loaders leave in `options.warnings`
 * (skipped benchmarks, near-zero acceptance) printed on stderr as `speclat <command>: warning: ...`,
 * also when loading then fails.
 *
 * @param command the subcommand, for the messages
 * @param paths the positional arguments
 * @param options loader options; `warnings` is created when absent
 * @param io where the notes go
 * @returns the rows
 * @throws {Error} the loader's error (e.g. --skip-invalid left no row)
 * @example
 * await loadRowsForCommand('fit', ['runs/'], loadOptionsFromArgs('fit', values, []), io);
 */
export async function loadRowsForCommand(command: string, paths: readonly string[], options: LoadOptions, io: CliIo): Promise<TidyRow[]> {
  const warnings = options.warnings ?? [];
  try {
    return await loadMeasurements([...paths].sort(naturalCompare), { ...options, warnings });
  } finally {
    for (const w of warnings) io.stderr(`speclat ${command}: warning: ${w}\n`);
  }
}
