import type { SweepWindow } from '../load/sweep-window.js';
import type { DatasetGrid, DatasetGuidellmPlan, SimDatasetPlan } from './sim-dataset-plan.js';

/** What produced a file: code version, runtime and calibration. */
export interface DatasetProvenance {
  /** `git rev-parse HEAD` when the file was generated. */
  commit: string;
  /** Paths under the generating code (lib/sim, lib/data, lib/random, the writer, the script) with uncommitted changes then (`git status --porcelain`); [] for a clean tree. */
  uncommitted: string[];
  /** Node.js version (process.version). */
  node: string;
  /** The committed calibration used (lib/sim/specs/calibration.json): its status and SHA-256. */
  calibration: { file: string; status: string; sha256: string };
}

/** One shipped tidy CSV in the manifest. */
export interface DatasetFileEntry {
  /** Path relative to the repository root. */
  file: string;
  system: string;
  verifier: string;
  /** Drafter label of the tidy rows with k > 0 (EAGLE head or draft model). */
  drafter: string;
  hardware: string;
  gpuCount: number;
  /** Base seed: job i of the file ran with deriveSeed(seed, i). */
  seed: number;
  grids: DatasetGrid[];
  /** Sweeps simulated (distinct settings). */
  jobs: number;
  /** Data rows (benchmarks without a successful request have none). */
  rows: number;
  bytes: number;
  sha256: string;
  /** The command that regenerates the file byte for byte. */
  command: string;
  provenance: DatasetProvenance;
  /** Wall-clock time of the generation and the worker threads used (not reproducible; informative). */
  generation: { wallS: number; workers: number };
}

/** One shipped GuideLLM report (with its sidecar) in the manifest. */
export interface DatasetGuidellmEntry extends DatasetGuidellmPlan {
  /** The report, relative to the repository root. */
  file: string;
  sidecar: string;
  bytes: number;
  sidecarBytes: number;
  sha256: string;
  sidecarSha256: string;
  benchmarks: number;
  command: string;
  provenance: DatasetProvenance;
}

/** data/sim/manifest.json. */
export interface SimDatasetManifest {
  description: string;
  settings: {
    /** Benchmark length of the grids without a scaled window (s, no warm-up). */
    durationS: number;
    /** The latency-scaled benchmark length and warm-up of the other grids (see SweepWindow), and how it is applied. */
    window: SweepWindow & { rule: string };
    sweepSize: number;
    maxConcurrency: number;
    minMaxModelLen: number;
    significantDigits: number;
    rounding: string;
  };
  totals: { files: number; rows: number; bytes: number };
  files: DatasetFileEntry[];
  guidellm: DatasetGuidellmEntry[];
}

const DESCRIPTION =
  'SIMULATED measurements (not real): speclat\'s simulator (lib/sim: vLLM-V1-like engine, roofline step cost, ' +
  'calibrated against the real speculators-scaling sweeps) under GuideLLM-style sweeps whose benchmarks last long enough ' +
  'for the longest requests (settings.window). One tidy CSV per system ' +
  '(lib/data/tidy-schema.ts columns, then the simulator\'s extra columns) and a few GuideLLM 0.5 reports. See data/README.md.';

/**
 * Builds the data-set manifest (data/sim/manifest.json): the plan's settings, one entry per
 * tidy CSV and per GuideLLM report, and totals. Entries in `fresh` replace those of the same
 * file in `previous` (regenerating one system keeps the others' entries); entries the plan
 * does not list are dropped; the result follows the plan's order. Pure.
 *
 * @param plan the data-set plan
 * @param fresh entries of the files just generated
 * @param previous the manifest on disk before, if any
 * @returns the manifest
 * @throws {Error} `buildSimDatasetManifest requires ...` for a missing plan or entries with bad row counts or hashes
 * @example
 * const manifest = buildSimDatasetManifest(simDatasetPlan(), { files: [entry], guidellm: [] }, null);
 * manifest.totals.rows; // entry.rows
 */
export function buildSimDatasetManifest(
  plan: SimDatasetPlan,
  fresh: { files: DatasetFileEntry[]; guidellm: DatasetGuidellmEntry[] },
  previous: SimDatasetManifest | null,
): SimDatasetManifest {
  if (plan === null || typeof plan !== 'object' || !Array.isArray(plan.files) || !Array.isArray(plan.guidellm)) {
    throw new Error('buildSimDatasetManifest requires a data-set plan');
  }
  if (fresh === null || typeof fresh !== 'object' || !Array.isArray(fresh.files) || !Array.isArray(fresh.guidellm)) {
    throw new Error('buildSimDatasetManifest requires fresh { files, guidellm } entry arrays');
  }
  for (const e of [...fresh.files, ...fresh.guidellm]) {
    if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) {
      throw new Error(`buildSimDatasetManifest requires a hex SHA-256 for ${e.file}, got ${JSON.stringify(e.sha256)}`);
    }
    if (!Number.isInteger(e.bytes) || e.bytes < 0) throw new Error(`buildSimDatasetManifest requires a byte count for ${e.file}, got ${e.bytes}`);
  }
  for (const e of fresh.files) {
    if (!Number.isInteger(e.rows) || e.rows < 0) throw new Error(`buildSimDatasetManifest requires a row count for ${e.file}, got ${e.rows}`);
  }
  const byFile = <T extends { file: string }>(a: T[] | undefined, b: T[]): Map<string, T> => {
    const m = new Map<string, T>();
    for (const e of a ?? []) m.set(e.file, e);
    for (const e of b) m.set(e.file, e);
    return m;
  };
  const files = byFile(previous?.files, fresh.files);
  const orderedFiles = plan.files.map((f) => files.get(f.file)).filter((e): e is DatasetFileEntry => e !== undefined);
  const reports = byFile(previous?.guidellm, fresh.guidellm);
  const sameSweep = (e: DatasetGuidellmEntry, g: DatasetGuidellmPlan): boolean =>
    e.system === g.system && e.prefillTokens === g.prefillTokens && e.decodeTokens === g.decodeTokens && e.k === g.k && e.alpha === g.alpha && e.seed === g.seed;
  const orderedReports = plan.guidellm
    .map((g) => [...reports.values()].find((e) => sameSweep(e, g)))
    .filter((e): e is DatasetGuidellmEntry => e !== undefined);
  return {
    description: DESCRIPTION,
    settings: {
      durationS: plan.durationS,
      window: {
        ...plan.window,
        rule:
          `grids with scaledWindow: every benchmark of a sweep runs max_seconds = max(${plan.window.minDurationS}, ` +
          `ceil(${plan.window.latencyMultiple} x the latency of a pilot request on the idle server)) s, the first ` +
          `${plan.window.warmupFrac} of it GuideLLM warm-up (tidy columns duration_s, warmup_s); the other grids: ${plan.durationS} s without warm-up`,
      },
      sweepSize: plan.sweepSize,
      maxConcurrency: plan.maxConcurrency,
      minMaxModelLen: plan.minMaxModelLen,
      significantDigits: plan.significantDigits,
      rounding:
        `tidy CSVs: every non-integer number rounded to ${plan.significantDigits} significant digits ` +
        '(Number(x.toPrecision(digits)), lib/sim/dataset/round-tidy-rows.ts) by lib/io/write-sim-dataset.ts, then formatTidyCsv; ' +
        'integers exact. GuideLLM reports: full precision.',
    },
    totals: {
      files: orderedFiles.length + 2 * orderedReports.length,
      rows: orderedFiles.reduce((a, e) => a + e.rows, 0),
      bytes: orderedFiles.reduce((a, e) => a + e.bytes, 0) + orderedReports.reduce((a, e) => a + e.bytes + e.sidecarBytes, 0),
    },
    files: orderedFiles,
    guidellm: orderedReports,
  };
}
