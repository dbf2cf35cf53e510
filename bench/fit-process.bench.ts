/**
 * The whole `speclat fit --model sd --json FILE` process on a 16k-row tidy CSV (one simulated
 * system's paper grid, data/sim/qwen3-8b@a100-80gb.csv: 17 pooled fits), beside the whole SciPy
 * process doing the same job (bench/scipy_sd_fit.py process: Python start-up, numpy and SciPy
 * imports, reading the CSV with numpy, 17 least_squares fits, JSON out). Runs are interleaved
 * (speclat, SciPy, speclat, ...) and the medians of 5 each reported, with their ratio.
 * SciPy fits exactly the rows speclat's saturation rules keep: the bench adds a fit_used column
 * (1/0) to a copy of the CSV, which SciPy filters on (no exclusion work on its side) and speclat
 * ignores (it applies its rules itself, as on any file).
 * Which speclat runs is printed: the compiled CLI when build/ is fresh, else tsx (slower start).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadMeasurements } from '../lib/data/load-measurements.js';
import { fitGroups } from '../lib/fit/fit-groups.js';
import { SD_COEFFICIENT_NAMES } from '../lib/model/sd-coefficients.js';
import { median } from './median.js';
import { SCIPY_SCRIPT, coefficientGap, scipyMissing, tempJson } from './scipy.js';

const ROOT = path.join(__dirname, '..');
const CSV = path.join(ROOT, 'data', 'sim', 'qwen3-8b@a100-80gb.csv');
const RUNS = 5;

function wall(cmd: string, args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: ROOT });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout };
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
  const ours: number[] = [];
  const theirs: number[] = [];
  let oursOut = '';
  let theirsOut = '';
  for (let i = 0; i <= RUNS; i++) {
    const a = wall(process.execPath, [path.join(ROOT, 'bin', 'speclat.cjs'), 'fit', '--model', 'sd', '--json', file]);
    if (i > 0) ours.push(a.ms); // the first pair warms the file cache
    oursOut = a.stdout;
    if (!missing) {
      const b = wall('python3', [SCIPY_SCRIPT, 'process', file]);
      if (i > 0) theirs.push(b.ms);
      theirsOut = b.stdout;
    }
  }
  const out = [{ name: `speclat fit --model sd --json, ${rows.length}-row CSV (${fresh ? 'compiled' : 'tsx'}), whole process`, value: median(ours), unit: 'ms' }];
  if (!missing) {
    out.push({ name: '  SciPy process (numpy CSV read + least_squares), same rows', value: median(theirs), unit: 'ms' });
    out.push({ name: '  speclat / SciPy wall-time ratio (medians)', value: median(ours) / median(theirs), unit: '' });
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
