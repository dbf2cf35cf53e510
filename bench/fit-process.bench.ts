/**
 * The whole `speclat fit --model sd --json FILE` process on a 16k-row tidy CSV (one simulated
 * system's paper grid, data/sim/qwen3-8b@a100-80gb.csv: 18,250 rows, 17 pooled fits), beside the
 * whole SciPy process doing the same job (bench/scipy_sd_fit.py process: Python start-up, numpy and
 * SciPy imports, reading the CSV with numpy, 17 least_squares fits, JSON out). Runs are
 * interleaved (speclat, SciPy, speclat, ...; a first pair warms the file cache) and the medians of
 * RUNS each reported, wall time and CPU time (user + system of the child, from /proc on Linux:
 * less sensitive than wall time to other work on a shared machine), with their ratios.
 * SciPy fits exactly the rows speclat's saturation rules keep: the bench adds a fit_used column
 * (1/0) to a copy of the CSV, which SciPy filters on (no exclusion work on its side) and speclat
 * ignores (it applies its rules itself, as on any file).
 * Which speclat runs is printed: the compiled CLI when build/ is fresh, else tsx (slower start).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { loadMeasurements } from '../lib/data/load-measurements.js';
import { fitGroups } from '../lib/fit/fit-groups.js';
import { SD_COEFFICIENT_NAMES } from '../lib/model/sd-coefficients.js';
import { median } from './median.js';
import { SCIPY_SCRIPT, coefficientGap, scipyMissing, tempJson } from './scipy.js';

const ROOT = path.join(__dirname, '..');
const CSV = path.join(ROOT, 'data', 'sim', 'qwen3-8b@a100-80gb.csv');
const RUNS = 7;
/** Clock ticks per second of /proc's CPU times (Linux's USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_S = 100;

/** CPU seconds (user + system) of this process's waited-for children, or null without /proc. */
function childrenCpuS(): number | null {
  try {
    // Fields after the command name (which may hold spaces, in parentheses): cutime and cstime are fields 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_S;
  } catch {
    return null;
  }
}

/** Runs a command to its end: wall ms, CPU ms (null without /proc) and its output. */
function timed(cmd: string, args: string[]): { ms: number; cpuMs: number | null; stdout: string } {
  const cpu0 = childrenCpuS();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT });
  const ms = performance.now() - t0;
  const cpu1 = childrenCpuS();
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, cpuMs: cpu0 === null || cpu1 === null ? null : 1000 * (cpu1 - cpu0), stdout: r.stdout };
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string }>> {
  if (!existsSync(CSV)) throw new Error(`${CSV} is missing`);
  // A copy of the CSV with fit_used: the rows speclat's pooled fits use.
  const rows = await loadMeasurements(CSV);
  const used = new Uint8Array(rows.length);
  for (const g of fitGroups(rows, { model: 'sd', requireConvergence: false })) for (const p of g.fit?.points ?? []) used[p.index] = 1;
  const lines = readFileSync(CSV, 'utf8').replace(/\n$/, '').split('\n');
  if (lines.length !== rows.length + 1) throw new Error(`expected one CSV line per row in ${CSV}`);
  const file = path.join(path.dirname(tempJson('x.json', 0)), 'grid-with-fit-used.csv');
  writeFileSync(file, `${lines.map((l, i) => `${l.replace(/\r$/, '')},${i === 0 ? 'fit_used' : used[i - 1]}`).join('\n')}\n`);

  const fresh = spawnSync(process.execPath, ['-e', "process.exit(require('./bin/cli-build.cjs').buildIsFresh() ? 0 : 1)"], { cwd: ROOT }).status === 0;
  process.stderr.write(`bench: fit-process.bench.ts: speclat runs ${fresh ? 'the compiled CLI (build/ is fresh)' : 'through tsx (build/ missing or stale: npm run build:cli)'}\n`);
  const missing = scipyMissing();
  if (missing) process.stderr.write(`bench: fit-process.bench.ts: SciPy process skipped: ${missing}\n`);
  const ours: ReturnType<typeof timed>[] = [];
  const theirs: ReturnType<typeof timed>[] = [];
  const load0 = loadavg()[0];
  for (let i = 0; i <= RUNS; i++) {
    const a = timed(process.execPath, [path.join(ROOT, 'bin', 'speclat.cjs'), 'fit', '--model', 'sd', '--json', file]);
    if (i > 0) ours.push(a); // the first pair warms the file cache
    if (!missing) {
      const b = timed('python3', [SCIPY_SCRIPT, 'process', file]);
      if (i > 0) theirs.push(b);
    }
  }
  process.stderr.write(
    `bench: fit-process.bench.ts: ${RUNS} interleaved runs each; load average ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)} on ${cpus().length} cores\n`,
  );
  const wallOf = (runs: typeof ours) => median(runs.map((r) => r.ms));
  const cpuOf = (runs: typeof ours) => (runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs as number)) : null);
  const label = `speclat fit --model sd --json, ${rows.length}-row CSV (${fresh ? 'compiled' : 'tsx'}), whole process`;
  const out = [{ name: label, value: wallOf(ours), unit: 'ms' }];
  const oursCpu = cpuOf(ours);
  if (oursCpu !== null) out.push({ name: '  the same speclat runs, CPU time', value: oursCpu, unit: 'ms' });
  else process.stderr.write('bench: fit-process.bench.ts: CPU times skipped: no /proc/self/stat\n');
  if (!missing) {
    const theirsCpu = cpuOf(theirs);
    out.push({ name: '  SciPy process (numpy CSV read + least_squares), same rows', value: wallOf(theirs), unit: 'ms' });
    if (theirsCpu !== null) out.push({ name: '  the same SciPy runs, CPU time', value: theirsCpu, unit: 'ms' });
    out.push({ name: '  speclat / SciPy wall-time ratio (medians; target <= 1)', value: wallOf(ours) / wallOf(theirs), unit: '' });
    if (oursCpu !== null && theirsCpu !== null) out.push({ name: '  speclat / SciPy CPU-time ratio (medians)', value: oursCpu / theirsCpu, unit: '' });
    const oursOut = ours[ours.length - 1].stdout;
    const theirsOut = theirs[theirs.length - 1].stdout;
    // The two processes must agree, else the timing compares different work.
    const a = JSON.parse(oursOut) as Record<string, number>[];
    const b = JSON.parse(theirsOut) as Record<string, number>[];
    const key = (e: Record<string, unknown>) => `${e.verifier}|${e.drafter}|${e.prefill_tokens}|${e.decode_tokens}`;
    const byKey = new Map(b.map((e) => [key(e), e]));
    let worst = 0;
    for (const e of a) {
      const s = byKey.get(key(e));
      if (!s || s.n_points !== e.n_points) throw new Error(`SciPy fitted other points for ${key(e)}`);
      worst = Math.max(worst, coefficientGap(SD_COEFFICIENT_NAMES.map((c) => e[c]), SD_COEFFICIENT_NAMES.map((c) => s[c])));
    }
    out.push({ name: `  largest relative coefficient difference over ${a.length} fits`, value: worst, unit: '' });
  }
  return out;
}
