import type { HardwareSpec } from './spec-types.js';

/**
 * Accelerators the simulator knows, keyed by registry slug. Peak and bandwidth are the vendor
 * datasheet numbers (dense bf16, no sparsity); nothing here is fitted.
 *
 * memoryBytes is the device memory the CUDA runtime reports for an "80GB" part (about
 * 79.2 GiB, 85.0e9 bytes: what torch.cuda.mem_get_info returns and what vLLM multiplies by
 * gpu_memory_utilization), not the marketing 80 GB.
 * interconnectBps is NVLink bandwidth per GPU per direction (half the datasheet's bidirectional
 * total). allReduceLatencyS (assumed, 10 us) is the fixed cost of one small in-graph all-reduce
 * (vLLM's custom all-reduce / NCCL low-latency protocol on NVLink).
 *
 * @example
 * HARDWARE_SPECS['a100-80gb'].peakFlops; // 312e12
 */
export const HARDWARE_SPECS: Readonly<Record<string, HardwareSpec>> = {
  'a100-80gb': {
    name: 'A100-80GB',
    source: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
    peakFlops: 312e12,
    memBandwidthBps: 2039e9,
    memoryBytes: 85.0e9,
    interconnectBps: 300e9,
    allReduceLatencyS: 10e-6,
    notes: 'A100 80GB SXM: 312 TFLOP/s bf16 dense, 2039 GB/s HBM2e, NVLink 600 GB/s bidirectional.',
  },
  'h100-80gb': {
    name: 'H100-80GB',
    source: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
    peakFlops: 989e12,
    memBandwidthBps: 3350e9,
    memoryBytes: 85.0e9,
    interconnectBps: 450e9,
    allReduceLatencyS: 10e-6,
    notes: 'H100 SXM5 80GB: 989 TFLOP/s bf16 dense, 3.35 TB/s HBM3, NVLink 900 GB/s bidirectional.',
  },
};
