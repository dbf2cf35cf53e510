import { describe, expect, it } from 'vitest';
import { resolveSystem } from '../../../lib/sim/resolve-system.js';
import { parseSystemSpec } from '../../../lib/sim/specs/parse-system-spec.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

describe('parseSystemSpec', () => {
  it('round-trips a registry spec through JSON and resolves it like the name', () => {
    const text = JSON.stringify(getSystemSpec('qwen3-30b-a3b@a100-80gb'), null, 2);
    const spec = parseSystemSpec(text, 'moe.json');
    expect(resolveSystem(spec).engine.kvCacheBlocks).toBe(resolveSystem('qwen3-30b-a3b@a100-80gb').engine.kvCacheBlocks);
  });

  it('reports bad JSON and bad fields with the file name', () => {
    expect(() => parseSystemSpec('{', 'x.json')).toThrow(/^parseSystemSpec: x\.json: invalid JSON/);
    const s: any = getSystemSpec('qwen3-8b@a100-80gb');
    s.hardware.memBandwidthBps = 0;
    expect(() => parseSystemSpec(JSON.stringify(s), 'y.json')).toThrow('parseSystemSpec: y.json: hardware.memBandwidthBps: must be > 0, got 0');
  });
});
