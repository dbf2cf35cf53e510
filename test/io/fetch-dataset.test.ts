import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchDataset } from '../../lib/io/fetch-dataset.js';

// A local HTTP server on 127.0.0.1 stands in for raw.githubusercontent.com.
const files: Record<string, string> = {
  'a.json': '[{"request_latency": {"successful": {"mean": 1}}}]\n',
  'b.json': '[{"request_latency": {"successful": {"mean": 2}}}]\n',
};
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

let baseUrl = '';
let requests: string[] = [];
/** Per file: how many requests to answer with 500 first, or serve corrupt bytes. */
let flaky: Record<string, number> = {};
let corrupt = new Set<string>();
let server: ReturnType<typeof createServer>;
let work = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').replace(/^\/data\//, ''));
    requests.push(name);
    if ((flaky[name] ?? 0) > 0) {
      flaky[name]--;
      res.writeHead(500).end('busy');
      return;
    }
    if (!(name in files)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(corrupt.has(name) ? files[name].replace('1', '9') : files[name]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
  flaky = {};
  corrupt = new Set();
  if (work) rmSync(work, { recursive: true, force: true });
  work = mkdtempSync(path.join(tmpdir(), 'speclat-fetch-'));
});

function hashList(names: string[], url = baseUrl): string {
  const file = path.join(work, 'list.sha256');
  writeFileSync(file, `# test list\n# base-url: ${url}\n${names.map((n) => `${sha(files[n] ?? 'missing')}  ${n}`).join('\n')}\n`);
  return file;
}

const quiet = { progress: false as const, retryDelayMs: 0 };

describe('fetchDataset over HTTP', () => {
  it('downloads, verifies and writes every file', async () => {
    const dest = path.join(work, 'out');
    const result = await fetchDataset({ hashListPath: hashList(['a.json', 'b.json']), destDir: dest, ...quiet });
    expect(result).toMatchObject({ total: 2, present: 0, fetched: 2, replaced: [] });
    expect(readFileSync(path.join(dest, 'a.json'), 'utf8')).toBe(files['a.json']);
    expect(readdirSync(dest).sort()).toEqual(['a.json', 'b.json']);
  });

  it('resumes: files present with the right hash are not requested again; a corrupt copy is replaced', async () => {
    const dest = path.join(work, 'out');
    const list = hashList(['a.json', 'b.json']);
    await fetchDataset({ hashListPath: list, destDir: dest, ...quiet });
    requests = [];
    writeFileSync(path.join(dest, 'b.json'), 'damaged');
    const again = await fetchDataset({ hashListPath: list, destDir: dest, ...quiet });
    expect(requests).toEqual(['b.json']);
    expect(again).toMatchObject({ present: 1, fetched: 1, replaced: ['b.json'] });
    expect(readFileSync(path.join(dest, 'b.json'), 'utf8')).toBe(files['b.json']);
  });

  it('retries server errors', async () => {
    flaky = { 'a.json': 2 };
    const dest = path.join(work, 'out');
    await fetchDataset({ hashListPath: hashList(['a.json']), destDir: dest, attempts: 3, ...quiet });
    expect(requests).toEqual(['a.json', 'a.json', 'a.json']);
    expect(existsSync(path.join(dest, 'a.json'))).toBe(true);
  });

  it('names corrupt and missing files, writes neither, and still fetches the good ones', async () => {
    corrupt = new Set(['a.json']);
    const dest = path.join(work, 'out');
    const run = fetchDataset({ hashListPath: hashList(['a.json', 'b.json', 'gone.json']), destDir: dest, attempts: 2, ...quiet });
    await expect(run).rejects.toThrow(
      new RegExp(
        '^fetchDataset: 2 of 3 files failed: ' +
          `a\\.json: corrupt download from ${baseUrl.replace(/\./g, '\\.')}a\\.json: sha256 [0-9a-f]{64}, expected ${sha(files['a.json'])} \\(after 2 attempts\\); ` +
          'gone\\.json: HTTP 404 from .*gone\\.json \\(after 1 attempt\\)$',
      ),
    );
    expect(readdirSync(dest)).toEqual(['b.json']); // no partial or unverified file left behind
  });

  it('needs a base URL or a local folder', async () => {
    const file = path.join(work, 'nourl.sha256');
    writeFileSync(file, `${sha(files['a.json'])}  a.json\n`);
    await expect(fetchDataset({ hashListPath: file, destDir: path.join(work, 'o'), ...quiet })).rejects.toThrow(/fetchDataset requires a base URL/);
    await expect(fetchDataset({ hashListPath: path.join(work, 'none'), destDir: work, ...quiet })).rejects.toThrow(/fetchDataset: .*none: cannot read the hash list \(ENOENT\)/);
  });
});

describe('fetchDataset --from a local folder', () => {
  it('imports with the same checks, naming missing and corrupt files', async () => {
    const src = path.join(work, 'src');
    const dest = path.join(work, 'dest');
    const list = hashList(['a.json', 'b.json']);
    await expect(fetchDataset({ hashListPath: list, destDir: dest, from: src, ...quiet })).rejects.toThrow(
      `fetchDataset: 2 of 2 files failed: a.json: missing in ${src}; b.json: missing in ${src}`,
    );
    mkdirSync(src);
    writeFileSync(path.join(src, 'a.json'), files['a.json']);
    writeFileSync(path.join(src, 'b.json'), 'bad copy');
    await expect(fetchDataset({ hashListPath: list, destDir: dest, from: src, ...quiet })).rejects.toThrow(
      `fetchDataset: 1 of 2 files failed: b.json: corrupt in ${src}: sha256 ${sha('bad copy')}, expected ${sha(files['b.json'])}`,
    );
    expect(readdirSync(dest)).toEqual(['a.json']);
    writeFileSync(path.join(src, 'b.json'), files['b.json']);
    const ok = await fetchDataset({ hashListPath: list, destDir: dest, from: src, ...quiet });
    expect(ok).toMatchObject({ total: 2, present: 1, fetched: 1 });
    expect(requests).toEqual([]); // never touched the network
  });

  it('shows a progress bar on the given stream', async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write: (c: Buffer, _e: string, cb: () => void) => {
        chunks.push(c.toString());
        cb();
      },
    });
    // cli-progress draws only on a TTY: give the sink the few TTY methods it calls.
    const stream = Object.assign(sink, { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    await fetchDataset({ hashListPath: hashList(['a.json']), destDir: path.join(work, 'p'), progress: stream as never, retryDelayMs: 0 });
    expect(chunks.join('')).toContain('1/1 files');
  });
});
