import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, symlinkSync } from 'node:fs';
import { loadMeasurements } from '../../lib/data/load-measurements.js';
import { REDUCED_NAME, fixturePath, fixtureText } from './fixtures.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'speclat-load-'));
  mkdirSync(path.join(dir, 'vllm', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, REDUCED_NAME), fixtureText(`reduced/${REDUCED_NAME}`));
  writeFileSync(path.join(dir, 'README.md'), '# not data');
  writeFileSync(path.join(dir, 'vllm', 'a-partial.json'), fixtureText('vllm/save-result-partial.json'));
  writeFileSync(path.join(dir, 'vllm', 'a-partial.json.meta.json'), JSON.stringify({ hardware: 'A100-80GB', verifier: 'Llama-3.1-8B' }));
  writeFileSync(path.join(dir, 'vllm', 'speclat.meta.json'), JSON.stringify({ hardware: 'H100-80GB', alpha: 0.6 }));
  writeFileSync(path.join(dir, 'vllm', 'deeper', 'b-summary.json'), fixtureText('vllm/sweep-summary.json'));
  writeFileSync(path.join(dir, 'vllm', 'c-appended.jsonl'), fixtureText('vllm/append-result.jsonl.json'));
  writeFileSync(path.join(dir, 'odd.txt'), fixtureText('tidy/tidy-small.csv'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadMeasurements', () => {
  it('walks folders recursively in sorted order, skipping sidecars and other files', async () => {
    const rows = await loadMeasurements(dir);
    const files = [...new Set(rows.map((r) => path.relative(dir, r.source.split('#')[0])))];
    expect(files).toEqual([REDUCED_NAME, 'vllm/a-partial.json', 'vllm/c-appended.jsonl', 'vllm/deeper/b-summary.json']);
    expect(rows).toHaveLength(4 + 1 + 3 + 2);
  });

  it('applies sidecars: the file own over the folder one; options over both', async () => {
    const rows = await loadMeasurements(path.join(dir, 'vllm'));
    const partial = rows.find((r) => r.source.endsWith('a-partial.json'))!;
    expect([partial.hardware, partial.verifier, partial.alpha]).toEqual(['A100-80GB', 'Llama-3.1-8B', 0.6]);
    const appended = rows.filter((r) => r.source.includes('c-appended'));
    expect(appended.map((r) => r.hardware)).toEqual(['H100-80GB', 'H100-80GB', 'H100-80GB']);
    const deeper = rows.filter((r) => r.source.includes('b-summary'));
    expect(deeper.map((r) => [r.hardware, r.alpha])).toEqual([
      ['', null],
      ['', null],
    ]); // a sidecar covers its own folder only
    const withOption = await loadMeasurements(path.join(dir, 'vllm', 'a-partial.json'), { hardware: 'GPU' });
    expect(withOption[0].hardware).toBe('GPU');
  });

  it('reads explicit files whatever their extension, once each', async () => {
    const odd = path.join(dir, 'odd.txt');
    const rows = await loadMeasurements([odd, odd, path.join(dir, REDUCED_NAME)]);
    expect(rows).toHaveLength(3 + 4);
  });

  it('names a missing path, an empty folder and a bad sidecar', async () => {
    await expect(loadMeasurements(path.join(dir, 'nope.json'))).rejects.toThrow(`loadMeasurements: ${path.join(dir, 'nope.json')}: (path): not found`);
    const empty = mkdtempSync(path.join(tmpdir(), 'speclat-empty-'));
    await expect(loadMeasurements(empty)).rejects.toThrow(`loadMeasurements: ${empty}: (directory): no .json/.jsonl/.yaml/.yml/.csv measurement files`);
    const badDir = mkdtempSync(path.join(tmpdir(), 'speclat-bad-'));
    writeFileSync(path.join(badDir, 'r.json'), fixtureText('vllm/save-result-partial.json'));
    writeFileSync(path.join(badDir, 'speclat.meta.json'), '{"k": "three"}');
    await expect(loadMeasurements(badDir)).rejects.toThrow(`loadMeasurements: ${path.join(badDir, 'speclat.meta.json')}: k: not a non-negative integer (got "three")`);
    await expect(loadMeasurements([])).rejects.toThrow('loadMeasurements requires one or more paths');
    for (const d of [empty, badDir]) rmSync(d, { recursive: true, force: true });
  });

  it('fails on a broken file, or skips it with a warning when asked', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'speclat-skip-'));
    writeFileSync(path.join(d, 'a.json'), fixtureText('vllm/save-result-partial.json'));
    writeFileSync(path.join(d, 'b.json'), '{"truncated": ');
    await expect(loadMeasurements(d)).rejects.toThrow(`parseMeasurements: ${path.join(d, 'b.json')}: (document): not valid JSON`);
    const warnings: string[] = [];
    const rows = await loadMeasurements(d, { skipInvalid: true, warnings });
    expect(rows).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^skipped file: parseMeasurements: .*b\.json: \(document\): not valid JSON/);
    rmSync(d, { recursive: true, force: true });
  });
});

describe('loadMeasurements: sweeps (issue 8)', () => {
  it('walks folders in natural order (conc2, conc16, conc128)', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'speclat-order-'));
    for (const name of ['conc128.json', 'conc2.json', 'conc16.json']) writeFileSync(path.join(d, name), fixtureText('vllm/bench-serve-sd.json'));
    const rows = await loadMeasurements(d);
    expect(rows.map((r) => path.basename(r.source))).toEqual(['conc2.json', 'conc16.json', 'conc128.json']);
    rmSync(d, { recursive: true, force: true });
  });

  it('gives the files of one vLLM sweep one nominal length (means 214, 212, 214, 212 tokens)', async () => {
    const rows = await loadMeasurements(fixturePath('vllm/sweep-llama33-70b'));
    expect(rows.map((r) => r.rate_rps)).toEqual([1, 4, 16, null]);
    // 42659 prompt tokens per 200 requests in every file; outputs 42722, 42449, 42770, 42398.
    expect(rows.map((r) => [r.prefill_tokens, r.decode_tokens, r.decode_tokens_from])).toEqual(new Array(4).fill([213, 213, 'sweep mean']));
    const apart = await loadMeasurements(fixturePath('vllm/sweep-llama33-70b'), { lengthTolerance: 0 });
    expect(apart.map((r) => r.decode_tokens)).toEqual([214, 212, 214, 212]);
  });

  it('an error when skipInvalid leaves no row, naming what was skipped', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'speclat-none-'));
    const doc = JSON.parse(fixtureText('vllm/save-result-partial.json'));
    doc.completed = 0;
    writeFileSync(path.join(d, 'a.json'), JSON.stringify(doc));
    const warnings: string[] = [];
    await expect(loadMeasurements(d, { skipInvalid: true, warnings })).rejects.toThrow(
      `loadMeasurements: ${d}: (rows): none left: skipInvalid skipped every benchmark (1 skipped; first: parseVllmBench: ${path.join(d, 'a.json')}: completed: zero successful requests: no latency to report)`,
    );
    rmSync(d, { recursive: true, force: true });
  });
});

describe('loadMeasurements: links', () => {
  it('follows file and folder links, reading each file once', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'speclat-links-'));
    mkdirSync(path.join(d, 'real'));
    writeFileSync(path.join(d, 'real', 'a.json'), fixtureText('vllm/save-result-partial.json'));
    symlinkSync(path.join(d, 'real', 'a.json'), path.join(d, 'b.json'));
    symlinkSync(d, path.join(d, 'real', 'loop'));
    const rows = await loadMeasurements(d);
    expect(rows.map((r) => path.relative(d, r.source))).toEqual(['b.json']); // real/a.json is the same file
    rmSync(d, { recursive: true, force: true });
  });
});
