import { describe, expect, it } from 'vitest';
import { PAPER_REPORTED_VALUES } from '../../../lib/paper/shared/paper-reported-values.js';

describe('PAPER_REPORTED_VALUES', () => {
  it('holds the MoE R² the paper reports (plain Eq. 1 -> corrected Eq. 4) and names its source', () => {
    expect(PAPER_REPORTED_VALUES.moeR2).toEqual([
      { model: 'gpt-oss-20b', plainR2: 0.902, correctedR2: 0.997 },
      { model: 'Qwen3-30B-A3B', plainR2: 0.83, correctedR2: 0.976 },
      { model: 'Qwen3-235B-A22B', plainR2: 0.906, correctedR2: 0.989 },
    ]);
    expect(PAPER_REPORTED_VALUES.heldOutR2Min).toBe(0.97);
    expect(PAPER_REPORTED_VALUES.source).toContain('2605.15051');
  });
});
