import type { TidyRow } from '../../data/tidy-schema.js';
import { loadMeasurements } from '../../data/load-measurements.js';
import { filterRows, type ColumnCondition } from '../../data/verbs/filter-rows.js';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { checkParamValues } from './check-param-values.js';
import { simDatasetFiles } from './sim-dataset-files.js';

/** What {@link loadSimGrid} reads from a notebook's parameters. */
export interface SimGridOptions {
  /** The step's name, the first word of its messages, e.g. 'heldOut'. */
  step: string;
  /** Folder of the simulated data set and the registry names of its systems to load. */
  simDir: string;
  simSystems: readonly string[];
  /** The prefill/decode grid and the (alpha, k) settings on it (null alpha, k = 0: the baseline). */
  lengths: { prefill_tokens: readonly number[]; decode_tokens: readonly number[] };
  settings: { alpha: readonly (number | null)[]; k: readonly number[] };
  /** Decode lengths of the grid's short half. */
  shortDecodes: readonly number[];
  /** The names of lengths and settings in the notebook's P, for messages (e.g. 'gridLengths', 'gridSettings'). */
  names: { lengths: string; settings: string };
}

/**
 * Loads simulated systems and the rows of a length grid, checking each parameter against the data
 * in the order a notebook uses them: the systems against the data set's plan, each prefill and
 * decode length against the systems' rows, each alpha and k against the rows on the grid, the short
 * half's decode lengths against the grid. A value the data lack fails with a message listing the
 * values they hold (checkParamValues).
 *
 * @param options step, simDir, simSystems, lengths, settings, shortDecodes and the parameters' names
 * @returns every row of the systems, and the rows of the grid's lengths and settings
 * @throws {Error} `<step>: P.<name> <value> is not in the <data> (<values>: ...)`, `<step>: P.simSystems must list ...`,
 *   or the loader's errors for missing files
 * @example
 * const { all, grid } = await loadSimGrid({ step: 'heldOut', simDir: 'data/sim', simSystems, lengths, settings, shortDecodes, names: { lengths: 'lengths', settings: 'settings' } });
 */
export async function loadSimGrid(options: SimGridOptions): Promise<{ all: TidyRow[]; grid: TidyRow[] }> {
  const { step, names } = options;
  if (!Array.isArray(options.simSystems) || options.simSystems.length === 0) throw new Error(`${step}: P.simSystems must list at least one system`);
  checkParamValues(options.simSystems, simDatasetPlan().files.map((f) => f.system), { step, name: 'simSystems', data: 'simulated data set', plural: 'systems' });
  const all = await loadMeasurements(simDatasetFiles({ dir: options.simDir, systems: options.simSystems }));
  const data = 'simulated data of P.simSystems';
  const { prefill_tokens: prefill, decode_tokens: decode } = options.lengths;
  checkParamValues(prefill, all.map((r) => r.prefill_tokens), { step, name: `${names.lengths}.prefill_tokens`, data, plural: 'prefill lengths' });
  checkParamValues(decode, all.map((r) => r.decode_tokens), { step, name: `${names.lengths}.decode_tokens`, data, plural: 'decode lengths' });
  const onLengths = filterRows(all, { prefill_tokens: prefill as ColumnCondition, decode_tokens: decode as ColumnCondition });
  const onGrid = `${data} on the grid of P.${names.lengths}`;
  checkParamValues(options.settings.alpha, onLengths.map((r) => r.alpha), { step, name: `${names.settings}.alpha`, data: onGrid, plural: 'alphas' });
  checkParamValues(options.settings.k, onLengths.map((r) => r.k), { step, name: `${names.settings}.k`, data: onGrid, plural: 'draft lengths' });
  checkParamValues(options.shortDecodes, decode, { step, name: 'shortDecodes', data: `grid of P.${names.lengths}`, plural: 'decode lengths' });
  return { all, grid: filterRows(onLengths, { alpha: options.settings.alpha as ColumnCondition, k: options.settings.k as ColumnCondition }) };
}
