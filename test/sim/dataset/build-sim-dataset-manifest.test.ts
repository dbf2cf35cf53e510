import { describe, expect, it } from 'vitest';
import type { DatasetFileEntry, DatasetGuidellmEntry, DatasetProvenance } from '../../../lib/sim/dataset/build-sim-dataset-manifest.js';
import { buildSimDatasetManifest } from '../../../lib/sim/dataset/build-sim-dataset-manifest.js';
import { simDatasetPlan } from '../../../lib/sim/dataset/sim-dataset-plan.js';

const plan = simDatasetPlan();
const provenance: DatasetProvenance = {
  commit: 'c'.repeat(40),
  uncommitted: [],
  node: 'v20.20.0',
  calibration: { file: 'lib/sim/specs/calibration.json', status: 'prior', sha256: 'a'.repeat(64) },
};
const entry = (i: number, rows: number, bytes: number, sha: string): DatasetFileEntry => ({
  file: plan.files[i].file,
  system: plan.files[i].system,
  verifier: 'V',
  drafter: 'D',
  hardware: 'H',
  gpuCount: 1,
  seed: plan.files[i].seed,
  grids: plan.files[i].grids,
  jobs: rows / 10,
  rows,
  bytes,
  sha256: sha.repeat(64),
  command: `npx tsx scripts/generate-sim-data.ts --system ${plan.files[i].system}`,
  provenance,
  generation: { wallS: 1, workers: 2 },
});
const report = (i: number, bytes: number): DatasetGuidellmEntry => ({
  ...plan.guidellm[i],
  file: `data/sim/guidellm/r${i}.benchmarks.json`,
  sidecar: `data/sim/guidellm/r${i}.benchmarks.json.meta.json`,
  bytes,
  sidecarBytes: 100,
  sha256: 'e'.repeat(64),
  sidecarSha256: 'f'.repeat(64),
  benchmarks: 10,
  command: 'npx speclat simulate ...',
  provenance,
});

describe('buildSimDatasetManifest', () => {
  it('orders entries as the plan does and sums rows and bytes', () => {
    const m = buildSimDatasetManifest(plan, { files: [entry(3, 50, 1000, 'b'), entry(0, 20, 300, 'c')], guidellm: [report(2, 5000), report(0, 7000)] }, null);
    expect(m.files.map((e) => e.system)).toEqual([plan.files[0].system, plan.files[3].system]);
    expect(m.guidellm.map((e) => e.file)).toEqual(['data/sim/guidellm/r0.benchmarks.json', 'data/sim/guidellm/r2.benchmarks.json']);
    expect(m.totals).toEqual({ files: 2 + 4, rows: 70, bytes: 1000 + 300 + 5000 + 100 + 7000 + 100 });
    expect(m.settings).toMatchObject({ durationS: 90, sweepSize: 10, maxConcurrency: 128, significantDigits: 6 });
    expect(m.description).toMatch(/^SIMULATED measurements \(not real\)/);
  });

  it('keeps the previous entries of files not regenerated and replaces the others', () => {
    const before = buildSimDatasetManifest(plan, { files: [entry(0, 20, 300, 'c'), entry(1, 30, 400, 'd')], guidellm: [report(1, 10)] }, null);
    const after = buildSimDatasetManifest(plan, { files: [entry(1, 40, 500, 'b')], guidellm: [] }, before);
    expect(after.files.map((e) => [e.system, e.rows, e.sha256[0]])).toEqual([
      [plan.files[0].system, 20, 'c'],
      [plan.files[1].system, 40, 'b'],
    ]);
    expect(after.guidellm).toHaveLength(1);
    expect(after.totals.rows).toBe(60);
  });

  it('drops entries the plan no longer lists', () => {
    const stray = { ...entry(0, 10, 10, 'c'), file: 'data/sim/gone.csv' };
    const strayReport = { ...report(0, 10), seed: 999 };
    const m = buildSimDatasetManifest(plan, { files: [], guidellm: [] }, { ...buildSimDatasetManifest(plan, { files: [], guidellm: [] }, null), files: [stray], guidellm: [strayReport] });
    expect(m.files).toEqual([]);
    expect(m.guidellm).toEqual([]);
    expect(m.totals).toEqual({ files: 0, rows: 0, bytes: 0 });
  });

  it('rejects bad entries', () => {
    expect(() => buildSimDatasetManifest(null as never, { files: [], guidellm: [] }, null)).toThrow('buildSimDatasetManifest requires a data-set plan');
    expect(() => buildSimDatasetManifest(plan, { files: [{ ...entry(0, 10, 10, 'c'), sha256: 'xyz' }], guidellm: [] }, null)).toThrow(
      'buildSimDatasetManifest requires a hex SHA-256 for data/sim/',
    );
    expect(() => buildSimDatasetManifest(plan, { files: [{ ...entry(0, 10, 10, 'c'), rows: -1 }], guidellm: [] }, null)).toThrow('requires a row count');
  });
});
