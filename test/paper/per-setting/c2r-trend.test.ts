import { describe, expect, it } from 'vitest';
import { c2rTrend } from '../../../lib/paper/per-setting/c2r-trend.js';

const row = (alpha: number, k: number, c2r: number) => ({ alpha, k, prefillTokens: 512, decodeTokens: 128, c1r: 0.5, c2r });

describe('c2rTrend', () => {
  it('reads where C2R is smallest along k below the threshold and at which k it stays above 1', () => {
    const rows = [row(0.5, 1, 0.9), row(0.5, 4, 1.1), row(0.5, 8, 1.3), row(0.7, 1, 1.05), row(0.7, 4, 0.95), row(0.7, 8, 1.2), row(0.9, 1, 0.8), row(0.9, 8, 0.7)];
    expect(c2rTrend(rows, 0.9)).toBe(
      'Below α 0.9, C2R is smallest at k = 1, 4 (α 0.5, 0.7) and larger at the longest draft than at the shortest at 2 of 2 α; ' +
        'there C2R ≤ 1 occurs at k ∈ {1, 4}, and C2R > 1 at every such α only at k ∈ {8}.',
    );
  });
  it('says when no k stays above 1, and is empty without α below the threshold', () => {
    expect(c2rTrend([row(0.5, 1, 0.9), row(0.5, 2, 0.95)], 0.9)).toMatch(/at no k is C2R > 1 at every such α\.$/);
    expect(c2rTrend([row(0.9, 1, 0.9)], 0.9)).toBe('');
    expect(() => c2rTrend([], 0.9)).toThrow('c2rTrend requires a non-empty array of ratio rows');
  });
});
