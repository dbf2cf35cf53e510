// The hand-written version that lib/ used before it adopted a library (see README, "Dependencies: what we
// use and why"), kept only so that bench/libs.bench.ts can time and check it beside the library. Not used by lib/.
/**
 * Quantile of Student's t distribution: the t with P(T <= t) = prob for df degrees of freedom,
 * by bisection on the CDF 1 - I_{df/(df+t^2)}(df/2, 1/2) / 2 (regularised incomplete beta by its
 * continued fraction, log-gamma by Lanczos); accurate to about 1e-10 relative.
 *
 * @param prob probability in (0, 1)
 * @param df degrees of freedom, > 0
 * @returns the quantile (dimensionless)
 * @throws {Error} `studentTQuantile requires ...` for prob outside (0, 1) or df <= 0
 * @example
 * studentTQuantile(0.975, 13); // 2.1604
 */
export function studentTQuantile(prob: number, df: number): number {
  if (!(prob > 0 && prob < 1)) throw new Error(`studentTQuantile requires prob in (0, 1), got ${prob}`);
  if (!(df > 0 && Number.isFinite(df))) throw new Error(`studentTQuantile requires df > 0, got ${df}`);
  if (prob < 0.5) return -studentTQuantile(1 - prob, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < prob) hi *= 2;
  for (let it = 0; it < 200 && hi - lo > 1e-12 * hi; it++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < prob) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function studentTCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Regularised incomplete beta I_x(a, b) by its continued fraction (Lentz). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logBeta(a, b));
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedBeta(1 - x, b, a);
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  f = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    f *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return (front * f) / a;
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Lanczos approximation (g = 7, n = 9). */
function logGamma(z: number): number {
  const g = 7;
  const coef = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const zz = z - 1;
  let x = coef[0];
  for (let i = 1; i < g + 2; i++) x += coef[i] / (zz + i);
  const t = zz + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(x);
}
