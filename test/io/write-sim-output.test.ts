import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSimOutput } from '../../lib/io/write-sim-output.js';
import { simulateSweep } from '../../lib/sim/simulate-sweep.js';
import { simulateRates } from '../../lib/sim/simulate-rates.js';
import { buildSimTidyRows } from '../../lib/sim/build-sim-tidy-rows.js';
import { parseTidyCsv } from '../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import { loadMeasurements } from '../../lib/data/load-measurements.js';
import { fakeSystem } from '../sim/fake-system.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-sim-out-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeSimOutput', () => {
  const sweep = simulateSweep(fakeSystem(), { prefillTokens: 128, decodeTokens: 32, k: 2, alpha: 0.7 }, { sweepSize: 4, durationS: 3, seed: 2 });
  const rates = simulateRates(fakeSystem(), { prefillTokens: 128, decodeTokens: 32, k: 0 }, [3, 6], { durationS: 3, seed: 2 });

  it('writes a tidy CSV that reads back as the same rows', () => {
    const files = writeSimOutput([sweep, rates], { outDir: dir, format: 'tidy' });
    expect(files).toEqual([path.join(dir, 'sim-tidy.csv')]);
    const back = parseTidyCsv(fs.readFileSync(files[0], 'utf8'), { fileName: 'sim-tidy.csv' });
    const rows = [...buildSimTidyRows(sweep), ...buildSimTidyRows(rates)];
    expect(back).toHaveLength(rows.length);
    expect(back.map((r) => r.mean_latency_s)).toEqual(rows.map((r) => r.mean_latency_s));
    expect(back.map((r) => r.source)).toEqual(rows.map((r) => r.source));
  });

  it('writes GuideLLM reports with sidecars that the project loader reads with the full configuration', async () => {
    const sub = path.join(dir, 'guidellm');
    const files = writeSimOutput([sweep, rates], { outDir: sub, format: 'guidellm' });
    expect(files.map((f) => path.basename(f))).toEqual([
      'fake_p128_g32_k2_a0.7_seed2.benchmarks.json',
      'fake_p128_g32_k2_a0.7_seed2.benchmarks.json.meta.json',
      'fake_p128_g32_k0_base_seed2.benchmarks.json',
      'fake_p128_g32_k0_base_seed2.benchmarks.json.meta.json',
    ]);
    const loaded = await loadMeasurements([sub]);
    const sd = loaded.filter((r) => r.k === 2);
    expect(sd).toHaveLength(4);
    expect(sd.every((r) => r.drafter === 'FakeDraft' && r.alpha === 0.7 && r.hardware === 'FakeGPU')).toBe(true);
    expect(sd.map((r) => r.mean_latency_s)).toEqual(buildSimTidyRows(sweep).map((r) => r.mean_latency_s));
    const base = loaded.filter((r) => r.k === 0);
    expect(base.map((r) => r.rate_rps)).toEqual([3, 6]);
  });

  it('rejects an unknown format and an empty run list', () => {
    expect(() => writeSimOutput([], { outDir: dir })).toThrow(/at least one run/);
    expect(() => writeSimOutput(sweep, { outDir: dir, format: 'xml' as 'tidy' })).toThrow(/format 'tidy'/);
  });
});
