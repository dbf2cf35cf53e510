import { describe, expect, it } from 'vitest';
import { simSettingsLabel } from '../../../lib/paper/collapse/sim-settings-label.js';

describe('simSettingsLabel', () => {
  it('names the baselines and the speculative settings selected', () => {
    expect(simSettingsLabel({ k: [0, 4], alpha: [null, 0.7] })).toBe('per-configuration Eq. 1 fits (baselines k = 0 and α 0.7, k 4, every prefill/decode length)');
    expect(simSettingsLabel({ k: [4, 6], alpha: [0.6, 0.8] })).toBe('per-configuration Eq. 1 fits (α 0.6, 0.8, k 4, 6, every prefill/decode length)');
    expect(simSettingsLabel({ k: [0], alpha: [null] })).toBe('per-configuration Eq. 1 fits (baselines k = 0, every prefill/decode length)');
  });
  it('rejects settings that select nothing', () => {
    expect(() => simSettingsLabel({ k: [0], alpha: [0.7] })).toThrow('simSettingsLabel requires settings that select baselines or speculative settings');
  });
});
