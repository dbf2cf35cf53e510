import { describe, expect, it } from 'vitest';
import { datasetSystemSpec } from '../../../lib/sim/dataset/dataset-system-spec.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

describe('datasetSystemSpec', () => {
  it('raises max_model_len to the minimum and changes nothing else', () => {
    const reg = getSystemSpec('qwen3-8b@a100-80gb');
    expect(reg.engine.maxModelLen).toBe(768); // the real runs' setting for 512 + 128 tokens
    const spec = datasetSystemSpec('qwen3-8b@a100-80gb', 2048);
    expect(spec.engine.maxModelLen).toBe(2048);
    expect({ ...spec, engine: { ...spec.engine, maxModelLen: 768 } }).toEqual(reg);
  });

  it('keeps a larger max_model_len', () => {
    expect(getSystemSpec('gpt-oss-20b@a100-80gb').engine.maxModelLen).toBe(4096);
    expect(datasetSystemSpec('gpt-oss-20b@a100-80gb', 2048).engine.maxModelLen).toBe(4096);
  });

  it('rejects a bad minimum and unknown systems', () => {
    expect(() => datasetSystemSpec('qwen3-8b@a100-80gb', 0)).toThrow('datasetSystemSpec requires minMaxModelLen to be an integer >= 1, got 0');
    expect(() => datasetSystemSpec('no-such@gpu', 2048)).toThrow('getSystemSpec requires a known system name');
  });
});
