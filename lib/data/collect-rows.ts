import type { TidyRow } from './tidy-schema.js';

/**
 * Builds one row per item, either failing on the first invalid item (default) or, with
 * `skipInvalid`, appending each failure's message to `warnings` and going on. Nothing is
 * dropped without a message.
 *
 * @param count number of items
 * @param build builds the row of item i (throws on invalid input)
 * @param skipInvalid whether to skip invalid items
 * @param warnings receives the messages of skipped items (required when skipInvalid)
 * @returns the rows built, in item order
 * @throws {Error} the first item's error when not skipping
 * @example
 * collectRows(2, (i) => row(i), false, null);
 */
export function collectRows(
  count: number,
  build: (index: number) => TidyRow,
  skipInvalid: boolean,
  warnings: string[] | null,
): TidyRow[] {
  const rows: TidyRow[] = [];
  for (let i = 0; i < count; i++) {
    if (!skipInvalid) {
      rows.push(build(i));
      continue;
    }
    try {
      rows.push(build(i));
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      warnings?.push(`skipped: ${msg}`);
    }
  }
  return rows;
}
