/**
 * Options every table builder accepts. `dataLabel` is required: the caption names the data
 * (e.g. 'real vLLM (speculators-scaling)' or 'simulated').
 */
export interface TableOptions {
  /** Which data the table summarises. */
  dataLabel: string;
  /** Table id (letters, digits, '.', '_', '-'); each builder has its own default. */
  id?: string;
  /** Replaces the generated caption entirely. */
  caption?: string;
}

/**
 * Checks a table builder's options and fills in its default id.
 *
 * @param fn the builder's name, used in messages
 * @param options what the caller passed
 * @param defaultId the builder's id
 * @returns `{ dataLabel, id, caption }` (caption undefined unless the caller replaces it)
 * @throws {Error} `<fn> requires options.dataLabel (which data the table summarises)` when missing or empty
 * @example
 * resolveTableOptions('eq1FitsTable', { dataLabel: 'simulated' }, 'tab-eq1-fits').id; // 'tab-eq1-fits'
 */
export function resolveTableOptions(
  fn: string,
  options: TableOptions | undefined,
  defaultId: string,
): { dataLabel: string; id: string; caption: string | undefined } {
  if (options === null || typeof options !== 'object' || typeof options.dataLabel !== 'string' || options.dataLabel.trim() === '') {
    throw new Error(`${fn} requires options.dataLabel (which data the table summarises)`);
  }
  for (const key of ['id', 'caption'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'string') throw new Error(`${fn} requires options.${key} to be a string`);
  }
  return { dataLabel: options.dataLabel, id: options.id ?? defaultId, caption: options.caption };
}
