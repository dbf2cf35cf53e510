import { describe, expect, it } from 'vitest';
import { HARDWARE_SPECS } from '../../../lib/sim/specs/hardware-specs.js';
import { vllmEngineDefaults } from '../../../lib/sim/specs/vllm-engine-defaults.js';

describe('vllmEngineDefaults', () => {
  it('uses the small-GPU defaults on A100 and the large ones on H100 (vLLM V1 online serving)', () => {
    expect(vllmEngineDefaults(HARDWARE_SPECS['a100-80gb'])).toMatchObject({
      maxNumBatchedTokens: 2048, maxNumSeqs: 256, blockSize: 16, gpuMemoryUtilization: 0.9, maxCudaGraphTokens: 512,
    });
    expect(vllmEngineDefaults(HARDWARE_SPECS['h100-80gb'])).toMatchObject({ maxNumBatchedTokens: 8192, maxNumSeqs: 1024 });
  });
});
