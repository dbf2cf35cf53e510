import { describe, expect, it } from 'vitest';
import { validateSystemSpec } from '../../../lib/sim/specs/validate-system-spec.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

describe('validateSystemSpec', () => {
  it('accepts every registry spec, also after a JSON round trip', () => {
    const spec = JSON.parse(JSON.stringify(getSystemSpec('gpt-oss-20b@a100-80gb')));
    expect(validateSystemSpec('t', spec)).toBe(spec);
  });

  it('names the field path of the first problem', () => {
    const bad = (edit: (s: any) => void) => {
      const s: any = getSystemSpec('qwen3-8b@a100-80gb');
      edit(s);
      return () => validateSystemSpec('resolveSystem', s, 'my.json');
    };
    expect(bad((s) => delete s.verifier)).toThrow('resolveSystem: my.json: verifier: must be an object, got nothing');
    expect(bad((s) => (s.verifier.layers = 0))).toThrow('verifier.layers: must be >= 1, got 0');
    expect(bad((s) => (s.verifier.hiddenSize = 'big'))).toThrow('verifier.hiddenSize: must be a finite number, got "big"');
    expect(bad((s) => (s.engine.gpuMemoryUtilization = 1.5))).toThrow('engine.gpuMemoryUtilization: must be <= 1, got 1.5');
    expect(bad((s) => (s.efficiency.computeEff = 0))).toThrow('efficiency.computeEff: must be > 0, got 0');
    expect(bad((s) => (s.engine.cudaGraphSizes = [1, 4, 2]))).toThrow('engine.cudaGraphSizes: must be strictly ascending');
    expect(bad((s) => (s.gpuCount = 3))).toThrow("gpuCount: must divide the verifier's 32 attention heads, got 3");
    expect(bad((s) => (s.drafter.model.hiddenSize = 1024))).toThrow('drafter.model.hiddenSize');
    expect(bad((s) => (s.drafter.kind = 'medusa'))).toThrow("drafter.kind: must be 'eagle' or 'draft_model'");
    expect(bad((s) => (s.verifier.moe = { numExperts: 4, activeExperts: 8 }))).toThrow('verifier.moe.activeExperts: must be <= 4, got 8');
  });
});
