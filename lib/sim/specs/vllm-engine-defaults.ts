import type { EngineSpec, HardwareSpec } from './spec-types.js';

/**
 * vLLM V1 defaults for online serving (`vllm serve`), versions 0.9 to 0.13, as set in
 * vllm/engine/arg_utils.py (`_set_default_args_v1`): on a GPU with at least 70 GiB that is not
 * an A100, max_num_batched_tokens 8192 and max_num_seqs 1024; otherwise (A100 included)
 * max_num_batched_tokens 2048 and max_num_seqs 256. Chunked prefill is always on in V1.
 * block_size 16; CUDA graphs captured up to 512 tokens (vLLM's default capture limit,
 * min(2 x max_num_seqs, 512) from 0.11 on); gpu_memory_utilization 0.9.
 * maxModelLen defaults to 4096 here (enough for the paper's 1024/1024 grid plus drafts); the
 * speculators-scaling systems set 768 as their runs did.
 * Overheads and noise are left at 0 here: the registry fills them from the calibration file.
 *
 * @param hardware the GPU
 * @returns engine settings (overheads zero, KV capacity computed later)
 * @example
 * vllmEngineDefaults(HARDWARE_SPECS['a100-80gb']).maxNumBatchedTokens; // 2048
 * vllmEngineDefaults(HARDWARE_SPECS['h100-80gb']).maxNumSeqs; // 1024
 */
export function vllmEngineDefaults(hardware: HardwareSpec): EngineSpec {
  const GiB = 1024 ** 3;
  const big = hardware.memoryBytes >= 70 * GiB && !/a100/i.test(hardware.name);
  const maxNumSeqs = big ? 1024 : 256;
  return {
    gpuMemoryUtilization: 0.9,
    maxNumSeqs,
    maxNumBatchedTokens: big ? 8192 : 2048,
    maxModelLen: 4096,
    blockSize: 16,
    maxCudaGraphTokens: Math.min(2 * maxNumSeqs, 512),
    cudaGraphSizes: null,
    stepOverheadS: 0,
    specOverheadS: 0,
    noiseRel: 0,
    requestOverheadS: 0,
    reserveBytes: null,
    kvCacheBlocks: null,
  };
}
