import { describe, expect, it } from 'vitest';
import { simSystemName } from '../../../lib/paper/per-setting/sim-system-name.js';

describe('simSystemName', () => {
  it('finds the simulated system with the same verifier, drafter and GPU label', () => {
    expect(simSystemName({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB' })).toBe('qwen3-8b@a100-80gb');
    expect(simSystemName({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'H100-80GB' })).toBe('qwen3-8b@h100-80gb');
    expect(simSystemName({ verifier: 'Llama-3.1-70B', drafter: 'Llama-3.1-8B', hardware: 'A100-80GBx4' })).toBe('llama-3.1-70b+llama-3.1-8b@a100-80gbx4');
  });
  it('names the system it cannot find and lists those it has', () => {
    expect(() => simSystemName({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'B200' })).toThrow(
      /^per-setting: the simulated data have no system for Qwen3-8B \+ EAGLE\(Qwen3-8B\), B200 \(systems: qwen3-0\.6b@a100-80gb, .*\)$/,
    );
  });
});
