import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { HashEntry } from './parse-hash-list.js';
import { parseHashList } from './parse-hash-list.js';

/** Options of {@link fetchDataset}. */
export interface FetchDatasetOptions {
  /** The hash list (`<sha256>  <name>` lines, optional `# base-url:` line). */
  hashListPath: string;
  /** Destination folder (created when missing). */
  destDir: string;
  /** Import from this local folder instead of downloading. */
  from?: string;
  /** Download base URL; defaults to the list's `# base-url:`. */
  baseUrl?: string;
  /** Attempts per file when downloading (default 4). */
  attempts?: number;
  /** Wait before retry n is n * retryDelayMs (default 500 ms). */
  retryDelayMs?: number;
  /** Per-request timeout (default 60 s). */
  timeoutMs?: number;
  /** Files fetched at once (default 4). */
  concurrency?: number;
  /** Progress bar stream: default process.stderr; false for none. */
  progress?: NodeJS.WritableStream | false;
}

/** What {@link fetchDataset} did. */
export interface FetchDatasetResult {
  /** Files in the list. */
  total: number;
  /** Already present with the right hash (left untouched). */
  present: number;
  /** Downloaded or copied now (including replaced corrupt copies). */
  fetched: number;
  /** Files that were present with a wrong hash and were replaced. */
  replaced: string[];
  destDir: string;
}

/**
 * Fetches a hashed data set into a folder: from the list's base URL over HTTP(S), or with
 * `from` from a local copy. Resumable and safe: a file already present with the right SHA-256
 * is skipped; every new file is hash-checked before it is written to `<name>.part` and renamed
 * into place, so no half-written or unverified file ever carries a data set name. Downloads are
 * retried (HTTP errors, network errors, hash mismatches). All files are tried; then every
 * failure is reported at once.
 *
 * @param options see FetchDatasetOptions
 * @returns counts of present and fetched files
 * @throws {Error} `fetchDataset: <n> of <total> files failed: <name>: <reason>; ...` naming every
 *   missing or corrupt file; `fetchDataset requires ...` for bad options
 * @example
 * await fetchDataset({ hashListPath: 'data/speculators-scaling.sha256', destDir: 'data/speculators-scaling', from: '../shared/speculators-scaling' });
 */
export async function fetchDataset(options: FetchDatasetOptions): Promise<FetchDatasetResult> {
  if (!options || typeof options.hashListPath !== 'string' || typeof options.destDir !== 'string') {
    throw new Error('fetchDataset requires hashListPath and destDir');
  }
  let listText: string;
  try {
    listText = await readFile(options.hashListPath, 'utf8');
  } catch (err) {
    throw new Error(`fetchDataset: ${options.hashListPath}: cannot read the hash list (${errCode(err)})`);
  }
  const list = parseHashList(listText, options.hashListPath);
  const baseUrl = options.baseUrl ?? list.baseUrl;
  if (options.from === undefined && !baseUrl) {
    throw new Error('fetchDataset requires a base URL (a "# base-url:" line in the hash list, or options.baseUrl) or options.from');
  }
  const attempts = Math.max(1, options.attempts ?? 4);
  const retryDelayMs = options.retryDelayMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  await mkdir(options.destDir, { recursive: true });

  const stream = options.progress === undefined ? process.stderr : options.progress;
  const bar = stream
    ? new SingleBar({
        stream,
        format: `${path.basename(options.destDir)} |{bar}| {value}/{total} files | {status}`,
        hideCursor: true,
        clearOnComplete: false,
      })
    : null;
  bar?.start(list.entries.length, 0, { status: options.from ? 'importing' : 'downloading' });

  const failures: string[] = [];
  const replaced: string[] = [];
  let present = 0;
  let fetched = 0;
  let next = 0;
  const worker = async () => {
    while (next < list.entries.length) {
      const entry = list.entries[next++];
      const dest = path.join(options.destDir, entry.name);
      try {
        const existing = await readIfExists(dest);
        if (existing !== null && sha256(existing) === entry.sha256) {
          present++;
        } else {
          const bytes =
            options.from !== undefined
              ? await readLocal(options.from, entry)
              : await download(`${baseUrl}${entry.name}`, entry, attempts, retryDelayMs, timeoutMs);
          await writeAtomically(dest, bytes);
          if (existing !== null) replaced.push(entry.name);
          fetched++;
        }
      } catch (err) {
        failures.push(`${entry.name}: ${(err as Error).message}`);
      }
      bar?.increment(1, { status: entry.name });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, list.entries.length) }, worker));
  bar?.stop();

  if (failures.length > 0) {
    failures.sort();
    const shown = failures.slice(0, 20).join('; ');
    const more = failures.length > 20 ? `; and ${failures.length - 20} more` : '';
    throw new Error(`fetchDataset: ${failures.length} of ${list.entries.length} files failed: ${shown}${more}`);
  }
  return { total: list.entries.length, present, fetched, replaced, destDir: options.destDir };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function readLocal(dir: string, entry: HashEntry): Promise<Buffer> {
  const src = path.join(dir, entry.name);
  const bytes = await readIfExists(src);
  if (bytes === null) throw new Error(`missing in ${dir}`);
  const got = sha256(bytes);
  if (got !== entry.sha256) throw new Error(`corrupt in ${dir}: sha256 ${got}, expected ${entry.sha256}`);
  return bytes;
}

async function download(
  url: string,
  entry: HashEntry,
  attempts: number,
  retryDelayMs: number,
  timeoutMs: number,
): Promise<Buffer> {
  let last = '';
  let made = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    made = attempt;
    if (attempt > 1 && retryDelayMs > 0) await new Promise((res) => setTimeout(res, retryDelayMs * (attempt - 1)));
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok) {
        last = `HTTP ${res.status} from ${url}`;
        if (res.status === 404) break;
        continue;
      }
      const bytes = Buffer.from(await res.arrayBuffer());
      const got = sha256(bytes);
      if (got === entry.sha256) return bytes;
      last = `corrupt download from ${url}: sha256 ${got}, expected ${entry.sha256}`;
    } catch (err) {
      last = `${(err as Error).message} (${url})`;
    }
  }
  throw new Error(`${last} (after ${made} attempt${made === 1 ? '' : 's'})`);
}

async function writeAtomically(dest: string, bytes: Uint8Array): Promise<void> {
  const part = `${dest}.part`;
  try {
    await writeFile(part, bytes);
    await rename(part, dest);
  } catch (err) {
    await rm(part, { force: true });
    throw err;
  }
}
