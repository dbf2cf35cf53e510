/**
 * The test problems of bench/libs.bench.ts, built from a seeded generator (the same every run):
 * Student-t quantile arguments, NNLS problems shaped like speclat's own (the 6 x 6 reduction of the
 * pooled SD fit's Little start, the per-setting regression) plus random, badly scaled, small-unit,
 * ill-conditioned and rank-deficient ones, Nelder-Mead test functions, 6 x 6 correlation matrices
 * (identifiability) and least-squares designs (the Eq. 1 starts, a tall 16k x 6 one).
 */
import { qrReduce } from '../lib/fit/linear-least-squares.js';
import { expectedTokens } from '../lib/model/expected-tokens.js';
import { createRng } from '../lib/random/create-rng.js';

/** A least-squares problem: the design as rows and the observations. */
export interface Problem {
  name: string;
  a: number[][];
  b: number[];
}

/** A Nelder-Mead problem as bench/scipy_libs.py names it. */
export interface NmProblem {
  problem: 'quadratic' | 'rosenbrock' | 'powell' | 'beale' | 'ellipsoid';
  x0: number[];
  /** SciPy's initial simplex steps: 5% of x0_i, 0.00025 where x0_i = 0. */
  step: number[];
  maxfev: number;
}

const rosen = (x: number[]): number => {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) s += 100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2;
  return s;
};

/** The objectives of {@link NmProblem}, as in bench/scipy_libs.py. */
export const NM_OBJECTIVES: Record<NmProblem['problem'], (x: number[]) => number> = {
  quadratic: (x) => (x[0] - 1) ** 2 + 3 * (x[1] + 2) ** 2,
  rosenbrock: rosen,
  powell: ([a, b, c, d]) => (a + 10 * b) ** 2 + 5 * (c - d) ** 2 + (b - 2 * c) ** 4 + 10 * (a - d) ** 4,
  beale: ([a, b]) => (1.5 - a + a * b) ** 2 + (2.25 - a + a * b * b) ** 2 + (2.625 - a + a * b ** 3) ** 2,
  ellipsoid: (x) => x.reduce((s, v, i) => s + 10 ** (i / 2) * (v - 0.5) ** 2, 0),
};

/** (p, df) pairs: 21 probabilities from 1e-9 to 1 - 1e-9 times 17 degrees of freedom from 0.5 to 1e5. */
export function tQuantileCases(): Array<[number, number]> {
  const probs = [1e-9, 1e-6, 0.001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999, 0.9995, 1 - 1e-6, 1 - 1e-9];
  const dfs = [0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7, 10, 13, 20, 30, 50, 100, 1000, 1e5];
  return probs.flatMap((p) => dfs.map((df): [number, number] => [p, df]));
}

/**
 * The rows of the pooled SD fit's Little start (fit-sd.ts, littleStart) on a synthetic grid like
 * bench/fit.bench.ts's: 111 settings x 144 rates = 15,984 rows, relative loss (rows weighted by 1/L),
 * 2% noise; `closed` of the points closed-loop (concurrency 1..64).
 */
export function sdLittleDesign(six: readonly number[], noise: number, closed: number, seed: number): Problem {
  const rng = createRng(seed);
  const a: number[][] = [];
  const settings = [{ k: 0, alpha: 1 }];
  for (let i = 0; i <= 10; i++) for (let k = 1; k <= 10; k++) settings.push({ k, alpha: Math.min(1, 0.5 + 0.05 * i) });
  for (const { k, alpha } of settings) {
    const e = k === 0 ? 1 : expectedTokens(alpha, k);
    const f1 = 128 / e;
    const f2 = (128 * k) / e;
    const c1 = six[0] + f1 * six[1] + f2 * six[2];
    const c2 = six[3] + f1 * six[4] + f2 * six[5];
    for (let i = 0; i < 144; i++) {
      const u = 0.05 + (0.8 * i) / 143;
      const isClosed = rng.next() < closed;
      const x = isClosed ? 1 + Math.floor(64 * rng.next()) : u / c2;
      const y = (isClosed ? c1 + c2 * x : c1 / (1 - u)) * (1 + noise * rng.normal());
      const bb = isClosed ? x : x * y;
      a.push([1 / y, f1 / y, f2 / y, bb / y, (bb * f1) / y, (bb * f2) / y]);
    }
  }
  return { name: `SD Little start, ${a.length} rows`, a, b: a.map(() => 1) };
}

/** The 6 x 6 problem fitSd hands to nnls: R and Q^T y of the design's QR (qrReduce). */
export function reduced(p: Problem): Problem {
  const cols = p.a[0].map((_, j) => Float64Array.from(p.a, (row) => row[j]));
  const { r, qty } = qrReduce(cols, Float64Array.from(p.b));
  return { name: `${p.name} (6 x 6 R)`, a: r, b: qty };
}

/** regressSdCoefficients' problem: [1, g/E, g k/E] against per-setting C1, 7 k x 3 alpha = 21 rows. */
export function settingsRegression(seed: number): Problem {
  const rng = createRng(seed);
  const c = [0.05 * rng.next(), 0.02 * rng.next(), 0.002 * rng.next() - 0.0005];
  const a: number[][] = [];
  const b: number[] = [];
  for (const k of [0, 1, 2, 3, 4, 6, 8]) {
    for (const alpha of [0.5, 0.7, 0.9]) {
      const e = k === 0 ? 1 : expectedTokens(alpha, k);
      const row = [1, 128 / e, (128 * k) / e];
      a.push(row);
      b.push((row[0] * c[0] + row[1] * c[1] + row[2] * c[2]) * (1 + 0.05 * rng.normal()));
    }
  }
  return { name: `settings regression ${seed}`, a, b };
}

/** Every NNLS accuracy problem (the 16k-row design included). */
export function nnlsCases(): Problem[] {
  const rng = createRng(7);
  const out: Problem[] = [];
  const six = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
  for (const [noise, closed, seed] of [[0.02, 0, 1], [0.02, 0.3, 2], [0.05, 0, 3]]) {
    const tall = sdLittleDesign(seed === 3 ? [...six.slice(0, 5), 0] : six, noise, closed, seed);
    if (seed === 1) out.push(tall);
    out.push(reduced(tall));
  }
  for (let s = 0; s < 10; s++) out.push(settingsRegression(s));
  for (let t = 0; t < 40; t++) {
    const p = 2 + (t % 9);
    const n = p + 1 + Math.floor(30 * rng.next());
    const scale = Array.from({ length: p }, () => (t % 2 ? 10 ** (8 * rng.next() - 4) : 1));
    const a = Array.from({ length: n }, () => Array.from({ length: p }, (_, j) => scale[j] * rng.normal()));
    const b = Array.from({ length: n }, () => rng.normal());
    out.push({ name: `random ${n} x ${p}`, a, b });
    // The same in small units (e.g. seconds of a ms-scale quantity): a tolerance must be relative.
    out.push({ name: `random ${n} x ${p}, b x 1e-6`, a, b: b.map((v) => v * 1e-6) });
  }
  for (const deg of [4, 6, 8]) {
    const a = Array.from({ length: 40 }, (_, i) => Array.from({ length: deg + 1 }, (_, j) => (i / 39) ** j));
    out.push({ name: `monomials to degree ${deg}`, a, b: a.map((r) => Math.exp(r[1]) * (1 + 0.01 * rng.normal())) });
  }
  // One draft length only: f2 = k f1, so the design is rank-deficient (many minimisers).
  const oneK = sdLittleDesign(six, 0.02, 0, 4);
  const keep = oneK.a.filter((row) => Math.abs(row[2] - 2 * row[1]) < 1e-12 * Math.abs(row[1]));
  if (keep.length > 6) {
    const p = { name: 'one draft length (rank-deficient)', a: keep, b: keep.map(() => 1) };
    out.push(p, reduced(p));
  }
  return out;
}

/** Nelder-Mead problems at the calibration's budget (40 evaluations per parameter). */
export function nmCases(): NmProblem[] {
  const starts: Array<[NmProblem['problem'], number[]]> = [
    ['quadratic', [0, 0]],
    ['rosenbrock', [-1.2, 1]],
    ['rosenbrock', [-1.2, 1, -1.2, 1]],
    ['powell', [3, -1, 0, 1]],
    ['beale', [1, 1]],
    ['ellipsoid', [0, 0, 0, 0, 0]],
  ];
  return starts.map(([problem, x0]) => ({ problem, x0, step: x0.map((v) => (v !== 0 ? 0.05 * v : 0.00025)), maxfev: 40 * x0.length }));
}

/** Normalised 6 x 6 J^T J (identifiability's input), every third nearly singular. */
export function eigenCases(): Array<{ a: number[]; m: number }> {
  const rng = createRng(3);
  return Array.from({ length: 10 }, (_, t) => {
    const m = 6;
    const scale = Array.from({ length: m }, () => 10 ** (-3 * rng.next()));
    const j = Array.from({ length: 50 }, () => scale.map((s) => s * rng.normal()));
    if (t % 3 === 0) for (const row of j) row[5] = 2 * row[4] + 1e-7 * rng.normal();
    const c = Array.from({ length: m * m }, (_, i) => j.reduce((s, row) => s + row[Math.floor(i / m)] * row[i % m], 0));
    const d = Array.from({ length: m }, (_, i) => Math.sqrt(c[i * m + i]));
    return { a: c.map((v, i) => v / (d[Math.floor(i / m)] * d[i % m])), m };
  });
}

/** Eq. 1 start designs [1, x] (9 points) and a tall, badly scaled 16,000 x 6 design. */
export function lstsqCases(): Problem[] {
  const rng = createRng(5);
  const out: Problem[] = [];
  for (let t = 0; t < 10; t++) {
    const x = Array.from({ length: 9 }, () => 0.1 + 20 * rng.next()).sort((p, q) => p - q);
    out.push({ name: `Eq. 1 start ${t}`, a: x.map((v) => [1, v]), b: x.map((v) => ((1 - v / 25) / 0.5) * (1 + 0.02 * rng.normal())) });
  }
  const scale = [1, 1e2, 1e3, 1e-2, 1, 10];
  const a = Array.from({ length: 16000 }, () => scale.map((s) => s * rng.normal()));
  out.push({ name: 'tall 16000 x 6', a, b: a.map(() => rng.normal()) });
  return out;
}
