import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { MeasurementConfig } from './measurement-config.js';
import { checkMeasurementConfig, mergeMeasurementConfig } from './measurement-config.js';
import type { ParseOptions } from './parse-options.js';
import { checkParseOptions } from './parse-options.js';
import { parseMeasurementsCore } from './parse-measurements.js';
import { nominalLengths } from './verbs/nominal-lengths.js';
import type { TidyRow } from './tidy-schema.js';
import { naturalCompare } from '../util/natural-compare.js';

const FN = 'loadMeasurements';
/** Extensions picked when walking a directory (explicit file paths are read whatever their name). */
export const MEASUREMENT_EXTENSIONS = ['.json', '.jsonl', '.yaml', '.yml', '.csv'] as const;
/** The folder-wide sidecar's name. */
export const FOLDER_SIDECAR = 'speclat.meta.json';
const READ_BATCH = 8;

/** Options of loadMeasurements: those of parseMeasurements except the per-file ones. */
export type LoadOptions = Omit<ParseOptions, 'fileName' | 'sidecar'>;

/**
 * Reads measurement files into tidy rows. Each path may be a file (any name: the format is
 * detected from the content) or a directory, walked recursively in natural order (numbers in
 * names by value: conc2, conc16, conc128), picking
 * .json/.jsonl/.yaml/.yml/.csv files except sidecars. For each file, a sidecar
 * `<file>.meta.json` and/or `speclat.meta.json` in the same folder supplies configuration keys
 * (verifier, drafter, hardware, prefill_tokens, decode_tokens, k, alpha); the file's own
 * sidecar beats the folder's, options beat both, and both beat the file content.
 * A file listed twice is read once. Rows keep file order, then benchmark order. Last, runs of
 * one sweep whose lengths are measured means get one nominal length (nominalLengths, with
 * `lengthTolerance`).
 *
 * @param paths one path or several
 * @param options configuration overrides; `skipInvalid` with `warnings` to skip (and report)
 *   invalid rows and unreadable files instead of failing (`warnings` also receives notes such as
 *   a near-zero speculative acceptance, see `minAcceptance`); `columns` for tidy CSVs;
 *   `lengthTolerance`
 * @returns the rows of all files
 * @throws {Error} `loadMeasurements: <path>: ...` for a missing path, a directory without
 *   measurement files or a bad sidecar, `loadMeasurements: <paths>: (rows): none left: ...` when
 *   skipInvalid skipped everything; the parsers' errors (naming file and field) otherwise
 * @example
 * const rows = await loadMeasurements(['runs/', 'extra/result.json'], { hardware: 'H100' });
 */
export async function loadMeasurements(paths: string | readonly string[], options?: LoadOptions): Promise<TidyRow[]> {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (!Array.isArray(list) || list.length === 0 || !list.every((p) => typeof p === 'string' && p !== '')) {
    throw new Error(`${FN} requires one or more paths (non-empty strings)`);
  }
  const given = (options ?? {}) as ParseOptions;
  if (given.fileName !== undefined || given.sidecar !== undefined) {
    throw new Error(`${FN} requires no fileName or sidecar option (they come from the paths)`);
  }
  const o = checkParseOptions(FN, given);
  const files = await expandPaths(list);

  const sidecarCache = new Map<string, Promise<MeasurementConfig | undefined>>();
  const rows: TidyRow[] = [];
  let skipped = 0;
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const loaded = await Promise.all(
      batch.map(async (file) => {
        try {
          const [text, sidecar] = await Promise.all([readText(file), sidecarFor(file, sidecarCache)]);
          return { file, text, sidecar, error: null as Error | null };
        } catch (err) {
          return { file, text: '', sidecar: undefined, error: err as Error };
        }
      }),
    );
    for (const item of loaded) {
      try {
        if (item.error) throw item.error;
        const parsed = parseMeasurementsCore(item.text, { ...o, file: item.file, sidecar: item.sidecar ?? {} });
        for (const row of parsed) rows.push(row);
      } catch (err) {
        if (!o.skipInvalid) throw err;
        o.warnings?.push(`skipped file: ${(err as Error).message}`);
        skipped++;
      }
    }
  }
  if (rows.length === 0 && o.skipInvalid) {
    const notes = (o.warnings ?? []).filter((w) => w.startsWith('skipped'));
    if (notes.length > 0 || skipped > 0) {
      const first = (notes[0] ?? '?').replace(/^skipped( file)?: /, '');
      throw new Error(`${FN}: ${list.join(', ')}: (rows): none left: skipInvalid skipped every benchmark (${notes.length} skipped; first: ${first})`);
    }
  }
  return nominalLengths(rows, { tolerance: o.lengthTolerance });
}

/** Expands directories into their measurement files; keeps files as given; drops duplicates (links to one file too). */
async function expandPaths(list: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const key = await realpath(file).catch(() => path.resolve(file));
    if (!seen.has(key)) {
      seen.add(key);
      out.push(file);
    }
  };
  for (const p of list) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new Error(`${FN}: ${p}: (path): not found`);
    }
    if (info.isDirectory()) {
      const found = await walk(p);
      if (found.length === 0) {
        throw new Error(`${FN}: ${p}: (directory): no ${MEASUREMENT_EXTENSIONS.join('/')} measurement files`);
      }
      for (const f of found) await add(f);
    } else {
      await add(p);
    }
  }
  return out;
}

/** Measurement files under a directory, recursively, in natural order (conc2 before conc16); links followed once. */
async function walk(dir: string, visited: Set<string> = new Set()): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return []; // a link back up the tree
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => naturalCompare(a.name, b.name));
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // A link counts as what it points to (a dangling link is skipped).
      const target = await stat(full).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) {
      out.push(...(await walk(full, visited)));
    } else if (isFile && isMeasurementName(e.name)) {
      out.push(full);
    }
  }
  return out;
}

function isMeasurementName(name: string): boolean {
  if (name === FOLDER_SIDECAR || name.endsWith('.meta.json') || name.startsWith('.')) return false;
  const ext = path.extname(name).toLowerCase();
  return (MEASUREMENT_EXTENSIONS as readonly string[]).includes(ext);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`${FN}: ${file}: (file): cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** The merged sidecar configuration of a file: `<file>.meta.json` over the folder's `speclat.meta.json`. */
async function sidecarFor(
  file: string,
  cache: Map<string, Promise<MeasurementConfig | undefined>>,
): Promise<MeasurementConfig | undefined> {
  const folderPath = path.join(path.dirname(file), FOLDER_SIDECAR);
  let folder = cache.get(folderPath);
  if (!folder) {
    folder = readSidecar(folderPath);
    cache.set(folderPath, folder);
  }
  const [own, shared] = await Promise.all([readSidecar(`${file}.meta.json`), folder]);
  if (!own && !shared) return undefined;
  return mergeMeasurementConfig(own, shared);
}

async function readSidecar(file: string): Promise<MeasurementConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${FN}: ${file}: (sidecar): cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`${FN}: ${file}: (sidecar): not valid JSON (${(err as Error).message})`);
  }
  return checkMeasurementConfig(value, FN, file);
}
