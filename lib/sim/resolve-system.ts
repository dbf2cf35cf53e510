import type { EngineConfig, SimSystem } from './sim-types.js';
import { createRooflineStepCost } from './cost/roofline-step-cost.js';
import { rooflineKvCapacity } from './cost/roofline-kv-capacity.js';
import type { EngineSpec, RooflineEfficiency, SystemSpec } from './specs/spec-types.js';
import { validateSystemSpec } from './specs/validate-system-spec.js';
import { vllmCudaGraphSizes } from './specs/vllm-cuda-graph-sizes.js';
import { getSystemSpec } from './system-registry.js';

/** Changes applied to a spec before it is resolved (each field replaces the spec's). */
export interface SystemOverrides {
  engine?: Partial<EngineSpec>;
  efficiency?: Partial<RooflineEfficiency>;
  gpuCount?: number;
  routingZipfS?: number;
}

const GB = 1e9;

/**
 * Turns a system (registry name or complete spec, e.g. parsed from `--system FILE.json`) into
 * the SimSystem the engine runs: labels for the tidy table, vLLM engine settings with the KV
 * cache capacity computed from memory (see rooflineKvCapacity), CUDA-graph sizes, and the
 * roofline step-cost model.
 *
 * A separate draft model's layers live in the same KV blocks as the verifier's (vLLM allocates
 * one pool for all attention layers), so drafterKvCacheBlocks equals kvCacheBlocks; an EAGLE
 * head's single layer is also in those blocks and drafterKvCacheBlocks is null.
 *
 * @param specOrName registry name or SystemSpec
 * @param overrides optional engine / efficiency / gpuCount / routing changes
 * @returns the resolved system
 * @throws {Error} for an unknown name, an invalid spec (`resolveSystem: <name>: <field path>: <problem>`),
 *   a model that does not fit in GPU memory, or a KV cache too small for one max_model_len request
 * @example
 * const sys = resolveSystem('qwen3-8b@a100-80gb');
 * sys.engine.maxNumBatchedTokens; // 8192 (inferred for the real runs; vLLM's A100 default is 2048)
 * resolveSystem('qwen3-8b@a100-80gb', { engine: { maxNumSeqs: 64 } }).engine.maxNumSeqs; // 64
 */
export function resolveSystem(specOrName: string | SystemSpec, overrides?: SystemOverrides): SimSystem {
  const base = typeof specOrName === 'string' ? getSystemSpec(specOrName) : specOrName;
  if (base === null || typeof base !== 'object') {
    throw new Error(`resolveSystem requires a system name or a SystemSpec object, got ${String(base)}`);
  }
  const merged: SystemSpec = {
    ...base,
    engine: { ...base.engine, ...(overrides?.engine ?? {}) },
    efficiency: { ...base.efficiency, ...(overrides?.efficiency ?? {}) },
    ...(overrides?.gpuCount !== undefined ? { gpuCount: overrides.gpuCount } : {}),
    ...(overrides?.routingZipfS !== undefined ? { routingZipfS: overrides.routingZipfS } : {}),
  };
  const where = typeof base.name === 'string' ? base.name : 'system spec';
  const spec = validateSystemSpec('resolveSystem', merged, where);
  return resolveSystemCore(spec);
}

/**
 * resolveSystem without the lookup and checks, for a validated spec.
 *
 * @param spec a validated SystemSpec
 * @returns the resolved system
 * @throws {Error} when the model does not fit or the KV cache cannot hold one max_model_len request
 */
export function resolveSystemCore(spec: SystemSpec): SimSystem {
  const e = spec.engine;
  const cap = rooflineKvCapacity(spec);
  let blocks: number;
  if (e.kvCacheBlocks !== null) {
    blocks = e.kvCacheBlocks;
  } else {
    if (cap.kvBytes <= 0) {
      throw new Error(
        `resolveSystem: ${spec.name}: does not fit: ${fmt(cap.weightBytes)} GB of weights + ${fmt(cap.reserveBytes)} GB reserve per GPU ` +
          `exceed ${fmt(cap.budgetBytes)} GB (gpu_memory_utilization ${e.gpuMemoryUtilization} x ${fmt(spec.hardware.memoryBytes)} GB) on ${spec.gpuCount} GPU(s)`,
      );
    }
    blocks = cap.blocks;
  }
  if (blocks * e.blockSize < e.maxModelLen) {
    throw new Error(
      `resolveSystem: ${spec.name}: engine.maxModelLen: ${e.maxModelLen} tokens exceed the KV cache (${blocks} blocks of ${e.blockSize} tokens)`,
    );
  }
  const graphMax = Math.min(e.maxCudaGraphTokens, e.maxNumBatchedTokens);
  const cudaGraphSizes = e.cudaGraphSizes !== null ? e.cudaGraphSizes.slice() : vllmCudaGraphSizes(graphMax);
  const engine: EngineConfig = {
    maxNumSeqs: e.maxNumSeqs,
    maxNumBatchedTokens: e.maxNumBatchedTokens,
    maxModelLen: e.maxModelLen,
    blockSize: e.blockSize,
    kvCacheBlocks: blocks,
    cudaGraphSizes,
    stepOverheadS: e.stepOverheadS,
    specOverheadS: e.specOverheadS,
    noiseRel: e.noiseRel,
    requestOverheadS: e.requestOverheadS,
  };
  const d = spec.drafter;
  return {
    name: spec.name,
    verifier: spec.verifier.name,
    drafter: d !== null ? d.name : '',
    drafterKind: d !== null ? d.kind : null,
    hardware: spec.gpuCount > 1 ? `${spec.hardware.name}x${spec.gpuCount}` : spec.hardware.name,
    engine,
    cost: createRooflineStepCost(spec),
    drafterKvCacheBlocks: d !== null && d.kind === 'draft_model' ? blocks : null,
  };
}

function fmt(bytes: number): string {
  return (bytes / GB).toFixed(1);
}
