/**
 * The shipped simulated data set (data/sim): every file loads with the project's loaders, matches
 * data/sim/manifest.json (hash, rows per system, settings), holds no NaN, and a few sweeps re-run
 * with the recorded seeds reproduce the shipped rows byte for byte.
 *
 * SPECLAT_SIM_DATA_DIR points the test at a trial folder written by
 * `npx tsx scripts/generate-sim-data.ts --dir DIR --limit N` instead.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTidyCsv } from '../../lib/data/formats/tidy-csv/format-tidy-csv.js';
import { loadMeasurements } from '../../lib/data/load-measurements.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { TIDY_COLUMNS } from '../../lib/data/tidy-schema.js';
import type { SimDatasetManifest } from '../../lib/sim/dataset/build-sim-dataset-manifest.js';
import { datasetFileJobs } from '../../lib/sim/dataset/dataset-file-jobs.js';
import { datasetSystemSpec } from '../../lib/sim/dataset/dataset-system-spec.js';
import { roundTidyRows } from '../../lib/sim/dataset/round-tidy-rows.js';
import { simDatasetPlan } from '../../lib/sim/dataset/sim-dataset-plan.js';
import { deriveSeed } from '../../lib/sim/derive-seed.js';
import { resolveSystem } from '../../lib/sim/resolve-system.js';
import { runGridJob } from '../../lib/sim/run-grid-job.js';
import { CALIBRATION_PATH } from '../../lib/sim/specs/default-calibration.js';

const ROOT = path.resolve(__dirname, '..', '..');
const override = process.env.SPECLAT_SIM_DATA_DIR;
const DIR = path.resolve(ROOT, override ?? 'data/sim');
const plan = simDatasetPlan();
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as SimDatasetManifest;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const fileOf = (relative: string): string => path.join(DIR, path.relative(override === undefined ? 'data/sim' : override, relative));

describe('data/sim: the shipped simulated data set', () => {
  it('has a manifest entry and a file with the recorded SHA-256 for every planned CSV and GuideLLM report', () => {
    expect(manifest.description).toMatch(/^SIMULATED/);
    expect(manifest.settings).toMatchObject({ durationS: plan.durationS, sweepSize: plan.sweepSize, maxConcurrency: plan.maxConcurrency });
    expect(manifest.files.map((e) => e.system)).toEqual(plan.files.map((f) => f.system));
    expect(manifest.guidellm).toHaveLength(plan.guidellm.length);
    for (const e of manifest.files) {
      const bytes = fs.readFileSync(fileOf(e.file));
      expect(bytes.length, e.file).toBe(e.bytes);
      expect(sha256(bytes), e.file).toBe(e.sha256);
      expect(e.command).toBe(`npx tsx scripts/generate-sim-data.ts --system ${e.system}${override === undefined ? '' : e.command.slice(e.command.indexOf(' --dir'))}`);
    }
    for (const e of manifest.guidellm) {
      expect(sha256(fs.readFileSync(fileOf(e.file))), e.file).toBe(e.sha256);
      expect(sha256(fs.readFileSync(fileOf(e.sidecar))), e.sidecar).toBe(e.sidecarSha256);
      expect(e.command.startsWith(`npx speclat simulate --system ${e.system} `)).toBe(true);
    }
    const total = manifest.files.reduce((a, e) => a + e.bytes, 0) + manifest.guidellm.reduce((a, e) => a + e.bytes + e.sidecarBytes, 0);
    expect(total).toBe(manifest.totals.bytes);
    expect(total).toBeLessThan(25e6);
  });

  it('loads every CSV with loadMeasurements: rows per system as in the manifest, schema columns, no NaN, the planned settings', async () => {
    for (const [i, e] of manifest.files.entries()) {
      const file = fileOf(e.file);
      const header = fs.readFileSync(file, 'utf8').slice(0, 2000).split('\n')[0].split(',');
      for (const col of TIDY_COLUMNS) expect(header, `${e.file}: ${col}`).toContain(col);
      const rows = await loadMeasurements(file);
      expect(rows.length, e.file).toBe(e.rows);
      // length pairs that only a latency-scaled grid runs: their rows must carry its warm-up
      const pairsOf = (scaled: boolean) => new Set(plan.files[i].grids.filter((g) => g.scaledWindow === scaled).flatMap((g) => g.lengths.map((l) => `${l.prefillTokens}/${l.decodeTokens}`)));
      const fixed = pairsOf(false);
      const scaledOnly = [...pairsOf(true)].filter((pair) => !fixed.has(pair));
      for (const r of rows) {
        for (const [key, v] of Object.entries(r)) {
          if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${e.file}: ${r.source} benchmark ${String(r.benchmark_index)}: ${key} is ${v}`);
        }
        expect(r.verifier).toBe(e.verifier);
        expect(r.hardware).toBe(e.hardware);
        expect(r.drafter).toBe(r.k === 0 ? '' : e.drafter);
        expect(r.completed).toBeGreaterThanOrEqual(1);
        // the real grid (512/128 of the dense Qwen3 files) keeps the real runs' 90 s without warm-up;
        // the other sweeps run at least that long, with the plan's warm-up fraction
        if (scaledOnly.includes(`${r.prefill_tokens}/${r.decode_tokens}`)) expect(r.warmup_s, `${r.source}`).toBeGreaterThan(0);
        if (r.warmup_s === 0) expect(r.duration_s).toBe(plan.durationS);
        else {
          expect(r.duration_s).toBeGreaterThanOrEqual(plan.window.minDurationS);
          expect(r.warmup_s).toBeCloseTo(plan.window.warmupFrac * (r.duration_s as number), 6);
          // the latency-scaled window outlasts the constant-rate benchmarks' long requests (99th percentile);
          // the throughput burst at 128 in flight may queue requests for the whole benchmark
          if (r.strategy === 'constant') {
            expect(r.p99_latency_s as number, `${r.source} benchmark ${String(r.benchmark_index)}`).toBeLessThan((r.duration_s as number) - (r.warmup_s as number));
          }
        }
      }
      // each planned sweep is there (in the planned order), each with at most sweepSize rows
      const jobs = datasetFileJobs(plan.files[i], e.system, true);
      if (override === undefined) expect(e.jobs, e.file).toBe(jobs.length);
      const key = (w: { prefillTokens: number; decodeTokens: number; k: number; alpha?: number | null }): string =>
        `${w.prefillTokens}/${w.decodeTokens}/${w.k}/${w.k === 0 ? null : w.alpha}`;
      const seen: string[] = [];
      const counts = new Map<string, number>();
      for (const r of rows) {
        const k = key({ prefillTokens: r.prefill_tokens, decodeTokens: r.decode_tokens, k: r.k, alpha: r.alpha });
        if (seen[seen.length - 1] !== k) seen.push(k);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      expect(seen, e.file).toEqual(jobs.slice(0, e.jobs).map((j) => key(j.workload)));
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(plan.sweepSize);
    }
  });

  it('loads every GuideLLM report with its sidecar as a GuideLLM 0.5 sweep with per-request samples', async () => {
    for (const e of manifest.guidellm) {
      const report = JSON.parse(fs.readFileSync(fileOf(e.file), 'utf8')) as { metadata: { version: number }; benchmarks: Array<{ requests: { successful: unknown[] } }> };
      expect(report.metadata.version).toBe(1);
      expect(report.benchmarks).toHaveLength(e.benchmarks);
      expect(report.benchmarks.every((b) => b.requests.successful.length > 0)).toBe(true);
      const rows = await loadMeasurements(fileOf(e.file));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(e.benchmarks);
      for (const r of rows) {
        expect(r.format).toBe('guidellm-0.5');
        expect([r.prefill_tokens, r.decode_tokens, r.k, r.alpha]).toEqual([e.prefillTokens, e.decodeTokens, e.k, e.k === 0 ? null : e.alpha]);
      }
    }
  });

  it('reproduces shipped sweeps byte for byte from the recorded seeds (one dense, one MoE, one draft-model system)', () => {
    const calibration = sha256(fs.readFileSync(CALIBRATION_PATH));
    const picks: Array<[string, (n: number) => number]> = [
      ['qwen3-8b@a100-80gb', () => 0],
      ['gpt-oss-20b@a100-80gb', (n) => n - 1],
      ['qwen3-14b+qwen3-1.7b@a100-80gb', (n) => Math.floor(n / 2)],
    ];
    for (const [system, pick] of picks) {
      const e = manifest.files.find((x) => x.system === system);
      if (e === undefined) throw new Error(`manifest has no ${system}`);
      if (e.provenance.calibration.sha256 !== calibration) {
        throw new Error(
          `${e.file} was generated with another calibration (${e.provenance.calibration.status}, ${e.provenance.calibration.sha256.slice(0, 12)}) ` +
            `than lib/sim/specs/calibration.json now (${calibration.slice(0, 12)}): regenerate data/sim (npx tsx scripts/generate-sim-data.ts)`,
        );
      }
      const fp = plan.files.find((f) => f.system === system);
      if (fp === undefined) throw new Error(`plan has no ${system}`);
      const spec = datasetSystemSpec(system, plan.minMaxModelLen);
      const jobs = datasetFileJobs(fp, spec, true, { type: 'sweep', sweepSize: plan.sweepSize }, plan.window);
      const index = pick(e.jobs);
      const rows: TidyRow[] = runGridJob(resolveSystem(spec), jobs[index], index, { seed: e.seed, durationS: plan.durationS, maxConcurrency: plan.maxConcurrency }, false).rows;
      const expected = formatTidyCsv(roundTidyRows(rows, plan.significantDigits)).split('\n').slice(1, -1);
      expect(expected.length).toBeGreaterThan(0);
      const lines = fs.readFileSync(fileOf(e.file), 'utf8').split('\n');
      const tag = `,sim:${system}:seed=${deriveSeed(e.seed, index)},`;
      const start = lines.findIndex((l) => l.includes(tag));
      expect(start, `${e.file}: no rows of job ${index}`).toBeGreaterThan(0);
      expect(lines.slice(start, start + expected.length).join('\n'), `${e.file}: job ${index} differs: the simulator changed since ${e.provenance.commit.slice(0, 12)}? regenerate data/sim (npx tsx scripts/generate-sim-data.ts)`).toBe(expected.join('\n'));
      expect(lines[start + expected.length]?.includes(tag) ?? false).toBe(false);
    }
  });
});
