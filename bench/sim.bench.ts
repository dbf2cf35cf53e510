/**
 * Simulator speed (lib/sim): engine steps per second, one 90-s benchmark per strategy, one
 * 10-benchmark sweep, and the paper grid (16 prefill/decode x (1 + 11 alphas x 10 k) sweeps of
 * 10 benchmarks = 17,760 benchmarks) extrapolated from stratified samples, at 90-s and 30-s
 * benchmarks. On a shared machine the wall-clock figures include other processes' load. System: qwen3-8b@a100-80gb from
 * the registry (roofline cost), max_model_len raised to 2048 for the paper's lengths.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { paperGridJobs } from '../lib/sim/paper-grid-jobs.js';
import { resolveSystem } from '../lib/sim/resolve-system.js';
import { runGrid } from '../lib/sim/run-grid.js';
import { runGridJob } from '../lib/sim/run-grid-job.js';
import { simulateBenchmark } from '../lib/sim/simulate-benchmark.js';
import { simulateSweep } from '../lib/sim/simulate-sweep.js';
import { getSystemSpec } from '../lib/sim/system-registry.js';
import { median } from './median.js';

type Result = { name: string; value: number; unit: string };

function timeMs(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

export async function run(): Promise<Result[]> {
  const spec = getSystemSpec('qwen3-8b@a100-80gb');
  spec.engine.maxModelLen = 2048;
  const system = resolveSystem(spec);
  const workload = { prefillTokens: 512, decodeTokens: 128, k: 3, alpha: 0.8 };
  const out: Result[] = [];

  // warm-up (JIT)
  simulateSweep(system, workload, { durationS: 30, seed: 99 });

  const sweepMs: number[] = [];
  const stepsPerS: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    let steps = 0;
    const ms = timeMs(() => {
      const sweep = simulateSweep(system, workload, { durationS: 90, seed: rep });
      steps = sweep.benchmarks.reduce((a, b) => a + b.engine.steps, 0);
    });
    sweepMs.push(ms);
    stepsPerS.push((steps / ms) * 1000);
  }
  out.push({ name: 'sim: engine steps per second (qwen3-8b, 512/128, k=3, alpha=0.8, sweep)', value: median(stepsPerS), unit: 'steps/s' });
  out.push({ name: 'sim: one sweep of 10 x 90-s benchmarks (512/128, k=3)', value: median(sweepMs), unit: 'ms' });

  const rates = simulateSweep(system, workload, { durationS: 90, seed: 7 });
  const midRate = rates.profile.type === 'sweep' ? rates.profile.asyncRates[3] : 1;
  for (const [label, strategy] of [
    ['synchronous', { type: 'synchronous' as const }],
    ['throughput (128 streams)', { type: 'throughput' as const }],
    [`constant ${midRate.toFixed(1)} req/s`, { type: 'constant' as const, rate: midRate }],
  ] as const) {
    const ms = [0, 1, 2].map((s) => timeMs(() => simulateBenchmark(system, workload, strategy, { durationS: 90, seed: s })));
    out.push({ name: `sim: one 90-s benchmark, ${label}`, value: median(ms), unit: 'ms' });
  }

  // Paper grid. (1) Steady-state CPU time per sweep in this thread (after a JIT warm-up pass)
  // over a stratified sample: one sweep per prefill/decode pair with varied alpha and k, and the
  // grid time on `workers` idle cores = CPU time x 1776 / workers. (2) A real runGrid run of 64
  // sampled sweeps over worker threads (start-up included), scaled to the whole grid.
  const all = paperGridJobs(spec, true);
  const sample16 = Array.from({ length: 16 }, (_, i) => all[i * 111 + ((i * 37) % 111)]);
  const sample64 = Array.from({ length: 64 }, (_, i) => all[Math.floor(i / 4) * 111 + ((i * 29) % 111)]);
  const workers = os.cpus().length;
  const factory = { modulePath: path.resolve(__dirname, '../lib/sim/resolve-system.ts'), exportName: 'resolveSystem' };
  for (const durationS of [90, 30]) {
    sample16.forEach((job, i) => runGridJob(system, job, i, { seed: 1, durationS }, false)); // warm-up
    const c0 = process.cpuUsage();
    sample16.forEach((job, i) => runGridJob(system, job, i, { seed: 2, durationS }, false));
    const cpu = process.cpuUsage(c0);
    const cpuPerSweepS = (cpu.user + cpu.system) / 1e6 / sample16.length;
    out.push({ name: `sim: CPU time per sweep (10 x ${durationS}-s benchmarks), paper-grid sample`, value: cpuPerSweepS * 1000, unit: 'ms' });
    out.push({ name: `sim: paper grid (${all.length} sweeps, ${durationS}-s benchmarks) on ${workers} idle cores, from CPU time`, value: (cpuPerSweepS * all.length) / workers, unit: 's' });
    const t = performance.now();
    const g0 = process.cpuUsage(); // process-wide: includes the worker threads
    await runGrid(sample64, { systemFactory: factory, seed: 3, durationS, workers });
    const gridCpu = process.cpuUsage(g0);
    const wallS = (performance.now() - t) / 1000;
    const scale = all.length / sample64.length;
    out.push({ name: `sim: paper grid (${durationS}-s benchmarks) via runGrid, ${workers} workers, wall clock scaled from 64 sweeps`, value: wallS * scale, unit: 's' });
    out.push({ name: `sim: paper grid (${durationS}-s benchmarks) via runGrid, CPU time scaled from 64 sweeps / ${workers} cores`, value: ((gridCpu.user + gridCpu.system) / 1e6) * scale / workers, unit: 's' });
  }
  return out;
}
