import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatTidyCsv } from '../data/formats/tidy-csv/format-tidy-csv.js';
import type { TidyRow } from '../data/tidy-schema.js';
import type { SimDatasetManifest } from '../sim/dataset/build-sim-dataset-manifest.js';
import { roundTidyRows } from '../sim/dataset/round-tidy-rows.js';

/** What writeSimDataset wrote. */
export interface SimDatasetFileInfo {
  /** Absolute path. */
  path: string;
  /** Data rows (the header not counted). */
  rows: number;
  bytes: number;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
}

/**
 * Writes one file of the simulated data set: the rows with every non-integer number rounded to
 * `significantDigits` significant digits (roundTidyRows), formatted by formatTidyCsv (tidy
 * columns, then extras; LF line ends). The text is a pure function of the rows, so the same
 * rows always give the same bytes. Written to `<file>.tmp` and renamed, so an interrupted run
 * never leaves a half-written CSV under the real name.
 *
 * @param rows the simulated tidy rows (full precision)
 * @param file the CSV path (folders are created)
 * @param options significantDigits (default 6)
 * @returns path, row count, size and SHA-256 of what was written
 * @throws {Error} `writeSimDataset requires an array of rows`; roundSignificant's and formatTidyCsv's errors; file-system errors
 * @example
 * writeSimDataset(rows, 'data/sim/qwen3-8b@a100-80gb.csv').sha256;
 */
export function writeSimDataset(rows: readonly TidyRow[], file: string, options: { significantDigits?: number } = {}): SimDatasetFileInfo {
  if (!Array.isArray(rows)) throw new Error('writeSimDataset requires an array of rows');
  const text = formatTidyCsv(roundTidyRows(rows, options.significantDigits ?? 6));
  const bytes = Buffer.from(text, 'utf8');
  const abs = path.resolve(file);
  writeAtomic(abs, bytes);
  return { path: abs, rows: rows.length, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Writes the data-set manifest as JSON (2-space indent, final newline), atomically like
 * writeSimDataset.
 *
 * @param manifest the manifest (buildSimDatasetManifest)
 * @param file the path, normally data/sim/manifest.json
 * @returns the absolute path written
 * @throws {Error} `writeSimDatasetManifest requires a manifest object`; file-system errors
 * @example
 * writeSimDatasetManifest(buildSimDatasetManifest(plan, fresh, null), 'data/sim/manifest.json');
 */
export function writeSimDatasetManifest(manifest: SimDatasetManifest, file: string): string {
  if (manifest === null || typeof manifest !== 'object' || !Array.isArray(manifest.files)) {
    throw new Error('writeSimDatasetManifest requires a manifest object');
  }
  const abs = path.resolve(file);
  writeAtomic(abs, Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
  return abs;
}

function writeAtomic(abs: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, abs);
}
