/**
 * Fitting cost (lib/fit), each beside SciPy's when python3 has numpy and scipy (a note otherwise):
 * - Eq. 1 fits per second on 9-point sweeps (SciPy: curve_fit with sigma = L, the same relative loss);
 * - one pooled six-coefficient SD fit (Eq. 3, fitSd with its defaults: saturation rules, relative
 *   loss) over 15,984 synthetic rows (111 (alpha, k) settings incl. a baseline, 144 rates each, 2%
 *   noise), in ms; SciPy: least_squares (trf, analytic Jacobian) on the same points, timed without
 *   Python's start-up, and the largest relative difference between the two sets of coefficients;
 * - one MoE (Eq. 4) fit of 13 points;
 * - when data/speculators-scaling is present, the Eq. 1 and SD fits of the whole real set.
 * Medians of several runs after a warm-up (steady state; a one-off call in a fresh process also
 * pays for JIT compilation, which bench/fit-process.bench.ts measures as part of the whole process).
 */
import { existsSync } from 'node:fs';
import type { TidyRow } from '../lib/data/tidy-schema.js';
import { SPECULATORS_SCALING_DIR, loadSpeculatorsScaling } from '../lib/data/load-speculators-scaling.js';
import { fitEq1 } from '../lib/fit/fit-eq1.js';
import { fitGroups } from '../lib/fit/fit-groups.js';
import { fitMoe } from '../lib/fit/fit-moe.js';
import { fitSd } from '../lib/fit/fit-sd.js';
import { expectedTokens } from '../lib/model/expected-tokens.js';
import { SD_COEFFICIENT_NAMES } from '../lib/model/sd-coefficients.js';
import { moeLatency } from '../lib/model/moe-latency.js';
import { createRng } from '../lib/random/create-rng.js';
import { median } from './median.js';
import { coefficientGap, scipyEq1FitsPerSecond, scipyMissing, scipySdFits, scipyVersion, sdProblemOf } from './scipy.js';

function row(o: Partial<TidyRow>): TidyRow {
  return {
    verifier: 'bench', drafter: 'D', hardware: '', prefill_tokens: 512, decode_tokens: 128, k: 0, alpha: null,
    strategy: 'constant', rate_rps: null, concurrency: null, measured_rps: 1, mean_latency_s: 1,
    p50_latency_s: null, p95_latency_s: null, p99_latency_s: null, mean_ttft_ms: null, mean_itl_ms: null,
    mean_tpot_ms: null, mean_concurrency: null, completed: 1000, errored: 0, source: '', ...o,
  };
}

function time(fn: () => void, runs: number, warmups = 1): number[] {
  for (let i = 0; i < warmups; i++) fn(); // JIT warm-up: the figures are steady-state medians
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const out: Array<{ name: string; value: number; unit: string }> = [];
  const rng = createRng(2026);
  const missing = scipyMissing();
  if (missing) process.stderr.write(`bench: fit.bench.ts: SciPy figures skipped: ${missing}\n`);
  else process.stderr.write(`bench: fit.bench.ts: SciPy ${scipyVersion()} beside speclat\n`);

  // Eq. 1: 200 sweeps of 9 points (sync-like lowest rate + 8 rates up to 85% of saturation).
  const sweeps = Array.from({ length: 200 }, () => {
    const c1 = 0.3 + 3 * rng.next();
    const c2 = 0.01 + 0.2 * rng.next();
    return [0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.85].map((u) => ({ rps: u / c2, latencyS: (c1 / (1 - u)) * (1 + 0.02 * rng.normal()) }));
  });
  const eq1Ms = time(() => sweeps.forEach((s) => fitEq1(s)), 5);
  out.push({ name: 'fitEq1, 9-point sweeps (relative loss)', value: (1000 * sweeps.length) / median(eq1Ms), unit: 'fits/s' });
  if (!missing) {
    const perS = scipyEq1FitsPerSecond(sweeps.map((s) => ({ rps: s.map((p) => p.rps), latency: s.map((p) => p.latencyS) })), 5);
    out.push({ name: '  SciPy curve_fit (sigma = L), same sweeps', value: perS, unit: 'fits/s' });
  }

  // SD: 16,000 rows from Eq. 3.
  const six = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
  const settings = [{ k: 0, alpha: null as number | null }];
  for (let a = 0; a <= 10; a++) for (let k = 1; k <= 10; k++) settings.push({ k, alpha: 0.5 + 0.05 * a });
  const sdRows: TidyRow[] = [];
  for (const { k, alpha } of settings) {
    const e = k === 0 ? 1 : expectedTokens(Math.min(1, alpha as number), k);
    const c1 = six[0] + (128 / e) * (six[1] + k * six[2]);
    const c2 = six[3] + (128 / e) * (six[4] + k * six[5]);
    for (let i = 0; i < 144; i++) {
      const u = 0.05 + (0.8 * i) / 143;
      sdRows.push(row({ k, alpha: k === 0 ? null : Math.min(1, alpha as number), drafter: k === 0 ? '' : 'D', measured_rps: u / c2, rate_rps: u / c2, mean_latency_s: (c1 / (1 - u)) * (1 + 0.02 * rng.normal()), source: `k${k}a${alpha}#${i}` }));
    }
  }
  const sdCpuMs: number[] = [];
  const sdMs = time(() => {
    const before = process.cpuUsage();
    fitSd(sdRows);
    const used = process.cpuUsage(before);
    sdCpuMs.push((used.user + used.system) / 1000);
  }, 15, 3);
  out.push({ name: `fitSd, pooled over ${sdRows.length} rows (with the saturation rules; target <= 50 ms)`, value: median(sdMs), unit: 'ms' });
  // CPU time of the same runs: less sensitive than wall time to other work on a shared machine.
  out.push({ name: '  the same fitSd runs, CPU time', value: median(sdCpuMs.slice(3)), unit: 'ms' });
  const sdFit = fitSd(sdRows);
  const noExclusionMs = time(() => fitSd(sdRows, { exclusion: false }), 15, 3);
  out.push({ name: `  fitSd on the same rows, exclusion: false`, value: median(noExclusionMs), unit: 'ms' });
  if (!missing) {
    const [sp] = scipySdFits([sdProblemOf(sdFit, 'bench grid', 'relative')], 9);
    process.stderr.write(`bench: fit.bench.ts: SciPy least_squares: ${sp.nfev} function evaluations (status ${sp.status}); speclat: ${sdFit.iterations} iterations\n`);
    out.push({ name: `  SciPy least_squares on the same ${sp.n} points (fit only)`, value: sp.seconds * 1000, unit: 'ms' });
    const diff = coefficientGap(SD_COEFFICIENT_NAMES.map((c) => sdFit[c] as number), sp.coefficients);
    out.push({ name: '  largest relative coefficient difference, speclat vs SciPy', value: diff, unit: '' });
  }

  // MoE: one 13-point sweep (gpt-oss-20b routing, 4 of 32 experts).
  const moe = { c1_u: 0.6, c1_s: 0.5, c2_u: 0.01, c2_s: 0.04 };
  const moeRows = [0.1, 0.3, 0.6, 1, 1.5, 2.5, 4, 6, 8, 10, 12, 14, 16].map((r, i) =>
    row({ drafter: '', measured_rps: r, rate_rps: r, mean_latency_s: moeLatency(r, moe, { experts: 32, active: 4, tokensPerRequest: 1 }).latencyS * (1 + 0.01 * rng.normal()), source: `m#${i}` }),
  );
  const moeMs = time(() => fitMoe(moeRows, { experts: 32, active: 4 }), 5);
  out.push({ name: 'fitMoe, 13 points (9 starts)', value: median(moeMs), unit: 'ms' });

  if (existsSync(SPECULATORS_SCALING_DIR)) {
    const rows = await loadSpeculatorsScaling();
    const eq1All = time(() => fitGroups(rows, { model: 'eq1' }), 3);
    out.push({ name: `fitGroups eq1, real data (${rows.length} rows)`, value: median(eq1All), unit: 'ms' });
    const sdAll = time(() => fitGroups(rows, { model: 'sd' }), 3);
    out.push({ name: `fitGroups sd, real data (${rows.length} rows)`, value: median(sdAll), unit: 'ms' });
  } else {
    process.stderr.write(`bench: fit.bench.ts: real-data fits skipped: ${SPECULATORS_SCALING_DIR} is absent\n`);
  }
  return out;
}
