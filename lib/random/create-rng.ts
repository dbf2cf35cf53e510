/**
 * A seeded pseudo-random generator (xoshiro128**, seeded through splitmix32).
 * There is no module-level random state in this project: every consumer takes an Rng.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate (Box-Muller). */
  normal(): number;
  /** Exponential deviate with the given rate (events per unit). */
  exponential(rate: number): number;
  /** An independent generator derived from this one (for workers and sub-streams). */
  fork(): Rng;
}

/**
 * Creates a seeded generator; the same seed always gives the same sequence.
 *
 * @param seed any finite number (its 32-bit integer part is used)
 * @throws {Error} when seed is not finite
 * @example
 * const rng = createRng(42);
 * rng.next(); // 0 <= x < 1, identical on every run
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`createRng requires a finite seed, got ${seed}`);
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return createRngCore([splitmix(), splitmix(), splitmix(), splitmix()]);
}

function createRngCore(state: number[]): Rng {
  let [a, b, c, d] = state;
  if ((a | b | c | d) === 0) a = 1;
  let spare: number | null = null;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => nextU32() / 4294967296;
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    normal: () => {
      if (spare !== null) {
        const v = spare;
        spare = null;
        return v;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    exponential: (rate: number) => {
      let u = 0;
      while (u === 0) u = next();
      return -Math.log(u) / rate;
    },
    fork: () => createRngCore([nextU32(), nextU32(), nextU32(), nextU32()]),
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
