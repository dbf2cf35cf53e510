/**
 * vLLM's default CUDA-graph capture sizes (tokens): 1, 2, 4, then every 8 up to 248, then every
 * 16 from 256, up to and including `maxTokens` (vLLM: `[1, 2, 4] + range(8, 256, 8) +
 * range(256, max + 1, 16)`, capped by max_cudagraph_capture_size and max_num_batched_tokens).
 *
 * @param maxTokens largest captured size (>= 0); 0 gives no graphs
 * @returns ascending sizes, all <= maxTokens
 * @throws {Error} when maxTokens is not a non-negative integer
 * @example
 * vllmCudaGraphSizes(16); // [1, 2, 4, 8, 16]
 * vllmCudaGraphSizes(512).length; // 3 + 31 + 17 = 51
 */
export function vllmCudaGraphSizes(maxTokens: number): number[] {
  if (!Number.isInteger(maxTokens) || maxTokens < 0) {
    throw new Error(`vllmCudaGraphSizes requires a non-negative integer, got ${maxTokens}`);
  }
  const sizes = [1, 2, 4];
  for (let s = 8; s < 256; s += 8) sizes.push(s);
  for (let s = 256; s <= maxTokens; s += 16) sizes.push(s);
  return sizes.filter((s) => s <= maxTokens);
}
