import { describe, expect, it } from 'vitest';
import { getSystemSpec, listSystems } from '../../lib/sim/system-registry.js';

const REQUIRED = [
  'qwen3-0.6b@a100-80gb', 'qwen3-1.7b@a100-80gb', 'qwen3-8b@a100-80gb', 'qwen3-14b@a100-80gb', 'qwen3-32b@a100-80gb',
  'qwen3-8b@h100-80gb', 'llama-3.1-8b@a100-80gb', 'llama-3.1-70b@a100-80gbx4', 'llama-3.1-70b+llama-3.1-8b@a100-80gbx4',
  'gpt-oss-20b@a100-80gb', 'qwen3-30b-a3b@a100-80gb', 'qwen3-235b-a22b@a100-80gbx8', 'qwen3-14b+qwen3-1.7b@a100-80gb',
  'llama-2-7b@a100-80gb', 'llama-3.1-8b@h100-80gb',
];

describe('listSystems / getSystemSpec', () => {
  it('lists every system of the brief, sorted', () => {
    const names = listSystems();
    for (const n of REQUIRED) expect(names).toContain(n);
    expect([...names].sort()).toEqual(names);
  });

  it('encodes the GPU count and drafter in the name', () => {
    for (const n of listSystems()) {
      const s = getSystemSpec(n);
      const m = /^([a-z0-9.-]+)(\+([a-z0-9.-]+))?@([a-z0-9-]+?)(x(\d+))?$/.exec(n);
      expect(m, n).not.toBeNull();
      expect(s.gpuCount).toBe(m![6] !== undefined ? Number(m![6]) : 1);
      if (m![3] !== undefined) expect(s.drafter?.kind).toBe('draft_model');
    }
  });

  it('returns a fresh copy each time, case-insensitively', () => {
    const a = getSystemSpec('Qwen3-8B@A100-80GB');
    a.verifier.layers = 1;
    expect(getSystemSpec('qwen3-8b@a100-80gb').verifier.layers).toBe(36);
    expect(a.name).toBe('qwen3-8b@a100-80gb');
  });

  it('uses the settings of the real runs for the dense Qwen3 systems', () => {
    const s = getSystemSpec('qwen3-14b@a100-80gb');
    expect(s.engine).toMatchObject({ maxModelLen: 768, gpuMemoryUtilization: 0.9, maxNumBatchedTokens: 8192, maxNumSeqs: 256 });
    expect(s.drafter?.name).toBe('EAGLE(Qwen3-14B)');
    expect(s.gpuCount).toBe(1);
  });

  it('rejects an unknown name and lists close ones', () => {
    expect(() => getSystemSpec('qwen3-8b@a100')).toThrow(/getSystemSpec requires a known system name, got "qwen3-8b@a100"; close names: .*qwen3-8b@a100-80gb/);
    expect(() => getSystemSpec('lama-3.1-70b@a100-80gbx4')).toThrow(/close names: .*llama-3\.1-70b@a100-80gbx4/);
  });
});
