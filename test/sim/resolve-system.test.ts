import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/random/create-rng.js';
import { timePass } from '../../lib/sim/cost/time-pass.js';
import { resolveSystem } from '../../lib/sim/resolve-system.js';
import { getSystemSpec, listSystems } from '../../lib/sim/system-registry.js';
import { defaultCalibration } from '../../lib/sim/specs/default-calibration.js';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';

describe('resolveSystem', () => {
  it('resolves every registry system with labels, engine settings and a cost model', () => {
    for (const name of listSystems()) {
      const s = resolveSystem(name);
      expect(s.name).toBe(name);
      expect(s.engine.kvCacheBlocks * s.engine.blockSize).toBeGreaterThanOrEqual(s.engine.maxModelLen);
      expect(s.engine.cudaGraphSizes[s.engine.cudaGraphSizes.length - 1]).toBeLessThanOrEqual(512);
      expect(timePass(s.cost, { role: 'verifier', seqs: [{ queryTokens: 1, contextTokens: 100 }], paddedTokens: 1 }, createRng(1))).toBeGreaterThan(0);
    }
  });

  it('labels hardware with the GPU count and drafters by kind', () => {
    const a = resolveSystem('llama-3.1-70b+llama-3.1-8b@a100-80gbx4');
    expect(a).toMatchObject({ verifier: 'Llama-3.1-70B', drafter: 'Llama-3.1-8B', drafterKind: 'draft_model', hardware: 'A100-80GBx4' });
    expect(a.drafterKvCacheBlocks).toBe(a.engine.kvCacheBlocks);
    const b = resolveSystem('qwen3-8b@a100-80gb');
    expect(b).toMatchObject({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', drafterKind: 'eagle', hardware: 'A100-80GB', drafterKvCacheBlocks: null });
    expect(b.engine).toMatchObject({ maxModelLen: 768, maxNumBatchedTokens: 8192, maxNumSeqs: 256, blockSize: 16, kvCacheBlocks: 23785 });
    expect(resolveSystem('llama-2-7b@a100-80gb').engine).toMatchObject({ maxNumBatchedTokens: 2048, maxNumSeqs: 256, maxModelLen: 4096 });
    expect(resolveSystem('gpt-oss-20b@a100-80gb').engine).toMatchObject({ maxNumBatchedTokens: 8192, maxModelLen: 4096 });
    expect(resolveSystem('llama-2-7b@a100-80gb')).toMatchObject({ drafter: '', drafterKind: null });
  });

  it('applies overrides and accepts a spec edited as JSON', () => {
    const s = resolveSystem('qwen3-8b@a100-80gb', { engine: { maxNumSeqs: 64, kvCacheBlocks: 1000 }, efficiency: { memoryEff: 0.5 } });
    expect(s.engine.maxNumSeqs).toBe(64);
    expect(s.engine.kvCacheBlocks).toBe(1000);
    const json = JSON.parse(JSON.stringify(getSystemSpec('qwen3-8b@a100-80gb')));
    json.engine.gpuMemoryUtilization = 0.5;
    const half = resolveSystem(json);
    expect(half.engine.kvCacheBlocks).toBeLessThan(resolveSystem('qwen3-8b@a100-80gb').engine.kvCacheBlocks / 1.5);
    const slow = resolveSystem('qwen3-8b@a100-80gb', { efficiency: { memoryEff: 0.4 } });
    const pass = { role: 'verifier' as const, seqs: [{ queryTokens: 1, contextTokens: 10 }], paddedTokens: 1 };
    expect(timePass(slow.cost, pass, createRng(1))).toBeGreaterThan(timePass(resolveSystem('qwen3-8b@a100-80gb').cost, pass, createRng(1)) * 1.8);
  });

  it('rejects a model that does not fit, a KV cache below max_model_len, bad numbers and unknown names', () => {
    expect(() => resolveSystem('qwen3-235b-a22b@a100-80gbx8', { gpuCount: 1 })).toThrow(/resolveSystem: qwen3-235b-a22b@a100-80gbx8: does not fit: 47\d\.\d GB of weights/);
    expect(() => resolveSystem('qwen3-32b@a100-80gb', { engine: { maxModelLen: 100000 } })).toThrow('engine.maxModelLen: 100000 tokens exceed the KV cache');
    expect(() => resolveSystem('qwen3-8b@a100-80gb', { engine: { maxNumSeqs: 0 } })).toThrow('resolveSystem: qwen3-8b@a100-80gb: engine.maxNumSeqs: must be >= 1, got 0');
    expect(() => resolveSystem('qwen3-8b@a100-80gb', { efficiency: { memoryEff: NaN } })).toThrow('efficiency.memoryEff: must be a finite number');
    expect(() => resolveSystem('qwen3-9b@a100-80gb')).toThrow('getSystemSpec requires a known system name');
    expect(() => resolveSystem(null as never)).toThrow('resolveSystem requires');
  });

  it('applies the calibrated latency outside the engine to every request', () => {
    const overheadS = defaultCalibration().client.requestOverheadS;
    expect(overheadS).toBeGreaterThan(0);
    expect(resolveSystem('qwen3-8b@a100-80gb').engine.requestOverheadS).toBe(overheadS);
    const workload = { prefillTokens: 128, decodeTokens: 16, k: 0 };
    const opts = { durationS: 10, seed: 3 };
    const latency = (sys: ReturnType<typeof resolveSystem>): number =>
      simulateBenchmark(sys, workload, { type: 'synchronous' }, opts).stats.meanLatencyS;
    const withDelay = latency(resolveSystem('qwen3-8b@a100-80gb', { engine: { noiseRel: 0 } }));
    const without = latency(resolveSystem('qwen3-8b@a100-80gb', { engine: { noiseRel: 0, requestOverheadS: 0 } }));
    expect(withDelay - without).toBeCloseTo(overheadS, 6);
  });
});
