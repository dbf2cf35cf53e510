import { describe, expect, it } from 'vitest';
import { moeLabels } from '../../../lib/paper/moe/moe-labels.js';

describe('moeLabels', () => {
  const base = {
    systems: ['gpt-oss-20b@a100-80gb', 'qwen3-30b-a3b@a100-80gb', 'qwen3-235b-a22b@a100-80gbx8'],
    tokensPerRequest: 'k+1' as const,
    alternativeTokensPerRequest: 'k' as const,
    lowerLoadShare: 0.5,
    ks: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    loss: 'relative' as const,
  };

  it('names the settings, the systems by hardware and a run of draft lengths', () => {
    expect(moeLabels(base)).toEqual({
      main: 'T = B·(k+1), lower-load half',
      alternative: 'T = B·k, lower-load half',
      whole: 'T = B·(k+1), all steady points',
      systems: 'gpt-oss-20b and Qwen3-30B-A3B on one A100, Qwen3-235B-A22B on 8× A100',
      ks: '0…10',
      fits: 'plain Eq. 1 and Eq. 4 fits with the relative loss (residuals divided by the measured latency)',
    });
  });

  it('follows another share, assumption, system list and draft lengths', () => {
    const l = moeLabels({ ...base, systems: ['qwen3-235b-a22b@a100-80gbx8'], tokensPerRequest: 'k', alternativeTokensPerRequest: 2, lowerLoadShare: 0.3, ks: [3, 0, 1] });
    expect(l.main).toBe('T = B·k, lowest 30% of load points');
    expect(l.alternative).toBe('T = B·2, lowest 30% of load points');
    expect(l.systems).toBe('Qwen3-235B-A22B on 8× A100');
    expect(l.ks).toBe('0, 1, 3');
    expect(moeLabels({ ...base, loss: 'absolute' }).fits).toBe("plain Eq. 1 and Eq. 4 fits with the absolute loss (residuals in seconds, the paper's curve_fit)");
  });
});
