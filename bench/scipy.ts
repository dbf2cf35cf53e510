/**
 * Helpers for the benches that put SciPy beside speclat (bench/scipy_sd_fit.py). Python is only a
 * comparison here, never a dependency: every helper reports it as absent when python3 cannot
 * import numpy and scipy, and the benches print a note instead of SciPy's figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { FitLoss } from '../lib/fit/fit-loss.js';
import type { SdFit } from '../lib/fit/fit-sd.js';

/** The comparison script. */
export const SCIPY_SCRIPT = path.join(__dirname, 'scipy_sd_fit.py');

/** Why SciPy cannot be used (a note for the bench output), or null when python3 has numpy and scipy. */
export function scipyMissing(): string | null {
  const r = spawnSync('python3', ['-c', 'import numpy, scipy.optimize; print(scipy.__version__)'], { encoding: 'utf8' });
  if (r.error) return `python3 not found (${r.error.message})`;
  if (r.status !== 0) return `python3 cannot import numpy and scipy (${(r.stderr || '').trim().split('\n').pop()})`;
  return null;
}

/** The SciPy version (for the output). */
export function scipyVersion(): string {
  return spawnSync('python3', ['-c', 'import scipy; print(scipy.__version__)'], { encoding: 'utf8' }).stdout.trim();
}

/** One pooled Eq. 3 problem as the SciPy script reads it. */
export interface SdProblem {
  label: string;
  loss: FitLoss;
  open: boolean[];
  x: number[];
  f1: number[];
  f2: number[];
  y: number[];
}

/** SciPy's fit of one problem. */
export interface ScipySdResult {
  label: string;
  loss: FitLoss;
  coefficients: number[];
  r2: number;
  mape: number;
  n: number;
  /** Median seconds of the timed fits (least_squares only, after Python and the data are loaded). */
  seconds: number;
  nfev: number;
  status: number;
}

/**
 * The points a pooled fit used, as a SciPy problem (same features, loads and latencies).
 *
 * @param fit a pooled fit
 * @param label a name for the output
 * @param loss the loss SciPy should minimise
 */
export function sdProblemOf(fit: Pick<SdFit, 'points'>, label: string, loss: FitLoss): SdProblem {
  const f1 = fit.points.map((p) => p.decodeTokens / p.expectedTokens);
  return {
    label,
    loss,
    open: fit.points.map((p) => p.kind === 'open'),
    x: fit.points.map((p) => p.x),
    f1,
    f2: fit.points.map((p, i) => f1[i] * p.k),
    y: fit.points.map((p) => p.latencyS),
  };
}

/** Writes JSON to a fresh temporary file and returns its path. */
export function tempJson(name: string, value: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'speclat-bench-')), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/**
 * Fits the problems with SciPy, each `repeat` times (median time reported).
 *
 * @throws {Error} when the script fails
 */
export function scipySdFits(problems: SdProblem[], repeat: number): ScipySdResult[] {
  const file = tempJson('problems.json', problems);
  const r = spawnSync('python3', [SCIPY_SCRIPT, 'points', file, '--repeat', String(repeat)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`scipy_sd_fit.py points failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ScipySdResult[];
}

/** Median fits per second of SciPy's curve_fit (sigma = L) on Eq. 1 sweeps. */
export function scipyEq1FitsPerSecond(sweeps: { rps: number[]; latency: number[] }[], repeat: number): number {
  const file = tempJson('sweeps.json', sweeps);
  const r = spawnSync('python3', [SCIPY_SCRIPT, 'eq1', file, '--repeat', String(repeat)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scipy_sd_fit.py eq1 failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { fits_per_s: number }).fits_per_s;
}

/**
 * The largest relative difference between two sets of the six SD coefficients (c1_p, c1_v, c1_d,
 * c2_p, c2_v, c2_d), |a - b| / max(|a|, |b|), where a coefficient below 1e-9 of the largest of its
 * kind (c1_* or c2_*) counts as 0: both solvers hold it at its bound 0, one of them exactly and
 * the other at ~1e-20, and that is no difference.
 */
export function coefficientGap(a: readonly number[], b: readonly number[]): number {
  let worst = 0;
  for (let j = 0; j < 6; j++) {
    const kind = j < 3 ? [0, 1, 2] : [3, 4, 5];
    const floor = 1e-9 * Math.max(...kind.map((i) => Math.max(Math.abs(a[i]), Math.abs(b[i]))));
    const x = Math.abs(a[j]) < floor ? 0 : a[j];
    const y = Math.abs(b[j]) < floor ? 0 : b[j];
    const scale = Math.max(Math.abs(x), Math.abs(y));
    if (scale > 0) worst = Math.max(worst, Math.abs(x - y) / scale);
  }
  return worst;
}
