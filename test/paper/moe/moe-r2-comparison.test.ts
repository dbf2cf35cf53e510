import { describe, expect, it } from 'vitest';
import { moeR2Comparison } from '../../../lib/paper/moe/moe-r2-comparison.js';

const ROWS = [
  { model: 'gpt-oss-20b', setting: 'main', plainR2: 0.95, correctedR2: 0.999, n: 50 },
  { model: 'Qwen3-30B-A3B', setting: 'main', plainR2: 0.7, correctedR2: 0.998, n: 50 },
  { model: 'Mixtral', setting: 'main', plainR2: 0.9, correctedR2: 0.85, n: 50 },
  { model: 'gpt-oss-20b', setting: 'alt', plainR2: 0.95, correctedR2: 0.99, n: 50 },
  { model: 'Qwen3-30B-A3B', setting: 'alt', plainR2: 0.7, correctedR2: 0.998, n: 50 },
];

describe('moeR2Comparison', () => {
  const text = moeR2Comparison(ROWS, { main: 'main', alternative: 'alt' });

  it('puts each model next to the paper and the alternative assumption', () => {
    expect(text).toContain('- **gpt-oss-20b**: plain Eq. 1 R² 0.95 → corrected Eq. 4 0.999 (paper: 0.902 → 0.997); with alt: corrected 0.99 (worse than main).');
    expect(text).toContain('- **Qwen3-30B-A3B**: plain Eq. 1 R² 0.7 → corrected Eq. 4 0.998 (paper: 0.83 → 0.976); with alt: corrected 0.998 (the same as main).');
    expect(text).toContain('- **Mixtral**: plain Eq. 1 R² 0.9 → corrected Eq. 4 0.85 (not in the paper).');
  });

  it('counts improvements and the plain fit against the paper', () => {
    expect(text).toContain('The correction improves R² for 2 of 3 models, unlike the paper');
    expect(text).toContain("Our plain Eq. 1 fit scores higher than the paper's for 1 of 2 models and lower for 1: about as much MoE curvature");
    const below = moeR2Comparison([ROWS[1]], { main: 'main' });
    expect(below).toContain('improves R² for 1 of 1 models, as in the paper');
    expect(below).toContain('bend more away from Eq. 1');
  });

  it('rejects a missing main setting', () => {
    expect(() => moeR2Comparison(ROWS, { main: 'x' })).toThrow('moeR2Comparison requires rows of the main setting x');
  });
});
