/**
 * Hand-written numerics beside the libraries that could replace them (README, "Dependencies: what we
 * use and why"), each timed side by side in the same process (median of 9 timed runs, alternating
 * between the contenders, after a warm-up) and checked against SciPy / NumPy (bench/scipy_libs.py; skipped with a note without
 * python3, numpy and scipy):
 * - Student-t quantile: lib/util/student-t-quantile.ts (@stdlib/stats-base-dists-t-quantile) and the
 *   replaced bisection (bench/replaced/); SciPy t.ppf on 357 (p, df);
 * - NNLS: lib/fit/nnls.ts (ml-fcnnls) and the replaced Lawson-Hanson, on fitSd's 6 x 6 problem (its
 *   hot path), the per-setting regression and a 16k-row design; SciPy nnls on ~100 problems;
 * - Nelder-Mead: lib/sim/calibration/nelder-mead.ts (kept) at the calibration's budget; SciPy
 *   minimize(method='Nelder-Mead') from the same simplex;
 * - symmetric eigen-decomposition (identifiability, 6 x 6): lib/fit/symmetric-eigen.ts (ml-matrix
 *   EVD) and the replaced Jacobi; NumPy eigh;
 * - linear least squares: lib/fit/linear-least-squares.ts (kept) and ml-matrix's QR; NumPy lstsq.
 * Candidates that speclat does not install (jstat, fmin) are timed too when
 * SPECLAT_BENCH_CANDIDATES names a folder where they are (`npm install --prefix DIR jstat fmin`).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fcnnlsVector } from 'ml-fcnnls';
import { Matrix, QrDecomposition } from 'ml-matrix';
import { linearLeastSquares } from '../lib/fit/linear-least-squares.js';
import { nnls } from '../lib/fit/nnls.js';
import { symmetricEigen } from '../lib/fit/symmetric-eigen.js';
import { nelderMead } from '../lib/sim/calibration/nelder-mead.js';
import { studentTQuantile } from '../lib/util/student-t-quantile.js';
import { NM_OBJECTIVES, eigenCases, lstsqCases, nmCases, nnlsCases, reduced, sdLittleDesign, settingsRegression, tQuantileCases } from './libs-cases.js';
import type { Problem } from './libs-cases.js';
import { median } from './median.js';
import { nnls as handNnls } from './replaced/nnls-lawson-hanson.js';
import { studentTQuantile as handTQuantile } from './replaced/student-t-quantile-bisection.js';
import { symmetricEigen as handEigen } from './replaced/symmetric-eigen-jacobi.js';
import { scipyMissing, tempJson } from './scipy.js';

type Row = { name: string; value: number; unit: string };
type Candidates = { jstat?: { studentt: { inv: (p: number, df: number) => number } }; fmin?: { nelderMead: (f: (x: number[]) => number, x0: number[], o: object) => { fx: number } } };

/**
 * Median microseconds per call of each function, timed side by side: the timed runs (reps calls
 * each) alternate between the functions, so that load from other work on the machine falls on all
 * of them alike; one untimed run each first (JIT warm-up: steady-state figures).
 */
function usPerCall(fns: Array<() => unknown>, reps: number): number[] {
  for (const fn of fns) for (let i = 0; i < reps; i++) fn();
  const runs: number[][] = fns.map(() => []);
  for (let r = 0; r < 9; r++) {
    fns.forEach((fn, f) => {
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) fn();
      runs[f].push(((performance.now() - t0) * 1000) / reps);
    });
  }
  return runs.map(median);
}

function candidates(): Candidates {
  const dir = process.env.SPECLAT_BENCH_CANDIDATES;
  if (!dir) {
    process.stderr.write('bench: libs.bench.ts: jstat and fmin skipped (set SPECLAT_BENCH_CANDIDATES to a folder where they are installed)\n');
    return {};
  }
  const req = createRequire(path.join(path.resolve(dir), 'index.js'));
  const out: Candidates = {};
  for (const name of ['jstat', 'fmin'] as const) {
    try {
      out[name] = req(name);
    } catch {
      process.stderr.write(`bench: libs.bench.ts: ${name} is not in ${dir}\n`);
    }
  }
  return out;
}

const worstRelative = (x: ArrayLike<number>, ref: ArrayLike<number>): number => {
  const scale = Math.max(...Array.from(ref, Math.abs), 1e-300);
  return Math.max(...Array.from(x, (v, j) => Math.abs(v - ref[j]))) / scale;
};
const residualNorm = (p: Problem, x: readonly number[]): number => Math.sqrt(p.a.reduce((s, row, i) => s + (row.reduce((t, v, j) => t + v * x[j], 0) - p.b[i]) ** 2, 0));
const bNorm = (p: Problem): number => Math.sqrt(p.b.reduce((s, v) => s + v * v, 0));

export async function run(): Promise<Row[]> {
  const out: Row[] = [];
  const cand = candidates();

  // Timings.
  const tqArgs = [0.9, 0.95, 0.975, 0.99, 0.995].flatMap((p) => [2, 3, 5, 8, 13, 30, 100].map((df) => [p, df] as const));
  const tqRun = (f: (p: number, df: number) => number) => () => tqArgs.forEach(([p, df]) => f(p, df));
  const jstat = cand.jstat;
  const tq = usPerCall([tqRun(handTQuantile), tqRun(studentTQuantile), ...(jstat ? [tqRun((p, df) => jstat.studentt.inv(p, df))] : [])], 300).map((v) => v / tqArgs.length);
  out.push({ name: `Student-t quantile (${tqArgs.length} (p, df), per call): hand-written bisection`, value: tq[0], unit: 'µs' });
  out.push({ name: '  @stdlib/stats-base-dists-t-quantile (lib, adopted)', value: tq[1], unit: 'µs' });
  if (jstat) out.push({ name: '  jstat studentt.inv', value: tq[2], unit: 'µs' });

  const grid = sdLittleDesign([0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001], 0.02, 0, 1);
  const six = reduced(grid);
  const reg = settingsRegression(0);
  const [sixHand, sixLib] = usPerCall([() => handNnls(six.a, six.b), () => nnls(six.a, six.b)], 2000);
  out.push({ name: 'NNLS, fitSd 6 x 6 (16k-row grid): hand-written Lawson-Hanson', value: sixHand, unit: 'µs' });
  out.push({ name: '  ml-fcnnls (lib, adopted)', value: sixLib, unit: 'µs' });
  const [regHand, regLib] = usPerCall([() => handNnls(reg.a, reg.b), () => nnls(reg.a, reg.b)], 2000);
  out.push({ name: 'NNLS, per-setting regression 21 x 3: hand-written', value: regHand, unit: 'µs' });
  out.push({ name: '  ml-fcnnls (lib, adopted)', value: regLib, unit: 'µs' });
  const [tallHand, tallLib] = usPerCall([() => handNnls(grid.a, grid.b), () => nnls(grid.a, grid.b)], 2).map((v) => v / 1000);
  out.push({ name: `NNLS on the unreduced ${grid.a.length} x 6 design: hand-written`, value: tallHand, unit: 'ms' });
  out.push({ name: '  ml-fcnnls (normal equations; fitSd never does this)', value: tallLib, unit: 'ms' });

  const rosen = nmCases()[1];
  const fmin = cand.fmin;
  const nm = usPerCall(
    [
      () => nelderMead(NM_OBJECTIVES.rosenbrock, rosen.x0, { step: rosen.step, maxEvaluations: rosen.maxfev, fTolerance: 1e-4 }),
      ...(fmin ? [() => fmin.nelderMead(NM_OBJECTIVES.rosenbrock, [...rosen.x0], { maxIterations: 40 })] : []),
    ],
    200,
  );
  out.push({ name: `Nelder-Mead, Rosenbrock 2-D, ${rosen.maxfev} evaluations: hand-written (kept)`, value: nm[0], unit: 'µs' });
  if (fmin) out.push({ name: '  fmin nelderMead (maxIterations 40; no evaluation budget)', value: nm[1], unit: 'µs' });

  const eig = eigenCases();
  const [eigHand, eigLib] = usPerCall([() => eig.forEach((c) => handEigen(c.a, c.m)), () => eig.forEach((c) => symmetricEigen(c.a, c.m))], 100).map((v) => v / eig.length);
  out.push({ name: `Symmetric eigen 6 x 6 (identifiability, mean of ${eig.length}): hand-written Jacobi`, value: eigHand, unit: 'µs' });
  out.push({ name: '  ml-matrix EVD (lib, adopted)', value: eigLib, unit: 'µs' });

  const ls = lstsqCases();
  const small = ls.slice(0, -1);
  const tall = ls[ls.length - 1];
  const qr = (p: Problem) => new QrDecomposition(new Matrix(p.a)).solve(Matrix.columnVector(p.b)).to1DArray();
  const [lsHand, lsLib] = usPerCall([() => small.forEach((p) => linearLeastSquares(p.a, p.b)), () => small.forEach(qr)], 200).map((v) => v / small.length);
  out.push({ name: 'Least squares, Eq. 1 starts 9 x 2: hand-written Householder (kept)', value: lsHand, unit: 'µs' });
  out.push({ name: '  ml-matrix QR', value: lsLib, unit: 'µs' });
  const [lsTallHand, lsTallLib] = usPerCall([() => linearLeastSquares(tall.a, tall.b), () => qr(tall)], 3).map((v) => v / 1000);
  out.push({ name: 'Least squares, 16000 x 6: hand-written (kept)', value: lsTallHand, unit: 'ms' });
  out.push({ name: '  ml-matrix QR', value: lsTallLib, unit: 'ms' });

  // Accuracy against SciPy / NumPy.
  const missing = scipyMissing();
  if (missing) {
    process.stderr.write(`bench: libs.bench.ts: accuracy against SciPy skipped: ${missing}\n`);
    return out;
  }
  const cases = { tq: tQuantileCases(), nnls: nnlsCases(), nm: nmCases(), eig, lstsq: ls };
  const r = spawnSync('python3', [path.join(__dirname, 'scipy_libs.py'), tempJson('libs-cases.json', cases)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`scipy_libs.py failed: ${r.stderr}`);
  const ref = JSON.parse(r.stdout) as { tq: number[]; nnls: { x: number[]; rnorm: number }[]; nm: { fx: number; nfev: number }[]; eig: number[][]; lstsq: number[][] };

  const tqErr = (f: (p: number, df: number) => number): number => Math.max(...cases.tq.map(([p, df], i) => Math.abs(f(p, df) - ref.tq[i]) / Math.abs(ref.tq[i] || 1)));
  out.push({ name: `Student-t quantile, largest relative error vs SciPy t.ppf (${cases.tq.length} cases): hand-written`, value: tqErr(handTQuantile), unit: '' });
  out.push({ name: '  @stdlib/stats-base-dists-t-quantile', value: tqErr(studentTQuantile), unit: '' });
  if (cand.jstat) out.push({ name: '  jstat', value: tqErr((p, df) => cand.jstat!.studentt.inv(p, df)), unit: '' });

  // NNLS: the solution where it is unique; the residual norm always (rank-deficient problems have many minimisers).
  const nnlsErr = (f: (p: Problem) => number[], what: 'x' | 'r'): number =>
    Math.max(
      ...cases.nnls.map((p, i) => {
        const x = f(p);
        if (what === 'r') return (residualNorm(p, x) - ref.nnls[i].rnorm) / bNorm(p);
        return p.name.includes('rank-deficient') ? 0 : worstRelative(x, ref.nnls[i].x);
      }),
    );
  const fcDefault = (p: Problem): number[] => fcnnlsVector(p.a, p.b).K.to1DArray();
  out.push({ name: `NNLS, largest relative coefficient gap vs SciPy nnls (${cases.nnls.length} problems): hand-written`, value: nnlsErr((p) => handNnls(p.a, p.b), 'x'), unit: '' });
  out.push({ name: '  ml-fcnnls as lib/fit/nnls.ts calls it (relative gradient tolerance)', value: nnlsErr((p) => nnls(p.a, p.b), 'x'), unit: '' });
  out.push({ name: '  ml-fcnnls with its default tolerance (1e-5, absolute)', value: nnlsErr(fcDefault, 'x'), unit: '' });
  out.push({ name: 'NNLS, largest residual-norm excess over SciPy / |b|: hand-written', value: nnlsErr((p) => handNnls(p.a, p.b), 'r'), unit: '' });
  out.push({ name: '  ml-fcnnls as lib/fit/nnls.ts calls it', value: nnlsErr((p) => nnls(p.a, p.b), 'r'), unit: '' });
  out.push({ name: '  ml-fcnnls with its default tolerance', value: nnlsErr(fcDefault, 'r'), unit: '' });

  const nmGap = Math.max(
    ...cases.nm.map((c, i) => {
      const h = nelderMead(NM_OBJECTIVES[c.problem], c.x0, { step: c.step, maxEvaluations: c.maxfev, fTolerance: 1e-4 });
      return Math.abs(h.fx - ref.nm[i].fx) / Math.max(Math.abs(ref.nm[i].fx), 1e-12);
    }),
  );
  out.push({ name: `Nelder-Mead, largest relative gap in best f vs SciPy (${cases.nm.length} problems, 40 evaluations per parameter)`, value: nmGap, unit: '' });

  const eigErr = (f: (c: { a: number[]; m: number }) => ArrayLike<number>): number =>
    Math.max(...eig.map((c, i) => worstRelative([...Array.from(f(c))].sort((p, q) => p - q), ref.eig[i])));
  out.push({ name: `Symmetric eigen, largest eigenvalue error / largest eigenvalue vs NumPy eigh (${eig.length}): hand-written`, value: eigErr((c) => handEigen(c.a, c.m).values), unit: '' });
  out.push({ name: '  ml-matrix EVD', value: eigErr((c) => symmetricEigen(c.a, c.m).values), unit: '' });

  const lsErr = (f: (p: Problem) => number[]): number => Math.max(...ls.map((p, i) => worstRelative(f(p), ref.lstsq[i])));
  out.push({ name: `Least squares, largest relative coefficient gap vs NumPy lstsq (${ls.length}): hand-written`, value: lsErr((p) => linearLeastSquares(p.a, p.b)), unit: '' });
  out.push({ name: '  ml-matrix QR', value: lsErr(qr), unit: '' });
  return out;
}
