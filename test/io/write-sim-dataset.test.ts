import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTidyCsv } from '../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { writeSimDataset, writeSimDatasetManifest } from '../../lib/io/write-sim-dataset.js';
import { buildSimDatasetManifest } from '../../lib/sim/dataset/build-sim-dataset-manifest.js';
import { simDatasetPlan } from '../../lib/sim/dataset/sim-dataset-plan.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-dataset-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const row: TidyRow = {
  verifier: 'Qwen3-8B',
  drafter: '',
  hardware: 'A100-80GB',
  prefill_tokens: 256,
  decode_tokens: 256,
  k: 0,
  alpha: null,
  strategy: 'synchronous',
  rate_rps: null,
  concurrency: null,
  measured_rps: 0.35555555555555557,
  mean_latency_s: 2.785093712,
  p50_latency_s: 2.78486,
  p95_latency_s: 2.7895412345,
  p99_latency_s: 2.7932400001,
  mean_ttft_ms: 20.569312,
  mean_itl_ms: 10.84123,
  mean_tpot_ms: 10.879199,
  mean_concurrency: 1,
  completed: 32,
  errored: 0,
  source: 'sim:qwen3-8b@a100-80gb:seed=2541173675',
  engine_steps: 8272,
  acceptance_length: null,
};

describe('writeSimDataset', () => {
  it('writes the rounded rows as tidy CSV and reports rows, bytes and the SHA-256 of the file', () => {
    const file = path.join(dir, 'sub', 'x.csv');
    const info = writeSimDataset([row], file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n')[1]).toBe(
      'Qwen3-8B,,A100-80GB,256,256,0,,synchronous,,,0.355556,2.78509,2.78486,2.78954,2.79324,20.5693,10.8412,10.8792,1,32,0,sim:qwen3-8b@a100-80gb:seed=2541173675,8272,',
    );
    expect(info).toEqual({
      path: path.resolve(file),
      rows: 1,
      bytes: Buffer.byteLength(text),
      sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    });
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    const [back] = parseTidyCsv(text, { fileName: 'x.csv' });
    expect(back.mean_latency_s).toBe(2.78509);
    expect(back.measured_rps).toBe(0.355556);
  });

  it('gives identical bytes for identical rows, and honours significantDigits', () => {
    const a = writeSimDataset([row, row], path.join(dir, 'a.csv'));
    const b = writeSimDataset([row, row], path.join(dir, 'b.csv'));
    expect(a.sha256).toBe(b.sha256);
    writeSimDataset([row], path.join(dir, 'c.csv'), { significantDigits: 3 });
    expect(fs.readFileSync(path.join(dir, 'c.csv'), 'utf8').split('\n')[1]).toContain(',0.356,2.79,2.78,2.79,2.79,20.6,10.8,10.9,1,32,');
  });

  it('rejects non-arrays', () => {
    expect(() => writeSimDataset(null as unknown as TidyRow[], path.join(dir, 'n.csv'))).toThrow('writeSimDataset requires an array of rows');
  });
});

describe('writeSimDatasetManifest', () => {
  it('writes the manifest as indented JSON with a final newline', () => {
    const m = buildSimDatasetManifest(simDatasetPlan(), { files: [], guidellm: [] }, null);
    const file = writeSimDatasetManifest(m, path.join(dir, 'manifest.json'));
    const text = fs.readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"description": "SIMULATED/);
    expect(JSON.parse(text)).toEqual(m);
    expect(() => writeSimDatasetManifest(null as never, file)).toThrow('writeSimDatasetManifest requires a manifest object');
  });
});
