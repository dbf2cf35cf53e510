/**
 * Derives a 32-bit seed from a base seed and a path of integer indices (e.g. job index,
 * benchmark index) by splitmix32-style mixing. Pure: the same inputs always give the same
 * seed, independent of the order in which jobs run or which worker runs them.
 *
 * @param base the base seed (its 32-bit integer part is used)
 * @param parts non-negative integer indices
 * @returns an unsigned 32-bit integer seed
 * @throws {Error} when base is not finite or a part is not a non-negative integer
 * @example
 * deriveSeed(42, 3) === deriveSeed(42, 3); // true
 * deriveSeed(42, 3) !== deriveSeed(42, 4); // true (with overwhelming probability)
 */
export function deriveSeed(base: number, ...parts: number[]): number {
  if (!Number.isFinite(base)) throw new Error(`deriveSeed requires a finite base seed, got ${base}`);
  let h = mix32((base >>> 0) ^ 0x5bd1e995);
  for (const p of parts) {
    if (!Number.isInteger(p) || p < 0) throw new Error(`deriveSeed requires non-negative integer parts, got ${p}`);
    h = mix32((h + 0x9e3779b9 + mix32(p >>> 0) + Math.floor(p / 4294967296)) >>> 0);
  }
  return h >>> 0;
}

function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}
