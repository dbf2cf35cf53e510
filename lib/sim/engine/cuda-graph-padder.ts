/**
 * Builds the CUDA-graph padding function of an engine: a decode-only batch of n tokens runs the
 * smallest captured graph of at least n tokens; above the largest capture size (or with no
 * graphs) it runs eagerly on exactly n tokens. O(1) per call (lookup table).
 *
 * @param sizes captured batch sizes in tokens (positive integers; need not be sorted)
 * @returns pad(n) for n >= 0
 * @throws {Error} `cudaGraphPadder requires ...` when a size is not a positive integer
 * @example
 * const pad = cudaGraphPadder([1, 2, 4, 8]);
 * pad(3); // 4
 * pad(9); // 9
 */
export function cudaGraphPadder(sizes: readonly number[]): (n: number) => number {
  for (const s of sizes) {
    if (!Number.isInteger(s) || s < 1) throw new Error(`cudaGraphPadder requires positive integer sizes, got ${s}`);
  }
  if (sizes.length === 0) return (n) => n;
  const sorted = [...sizes].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1];
  const table = new Int32Array(max + 1);
  let j = 0;
  for (let n = 0; n <= max; n++) {
    while (sorted[j] < n) j++;
    table[n] = n === 0 ? 0 : sorted[j];
  }
  return (n) => (n <= max ? table[n] : n);
}
