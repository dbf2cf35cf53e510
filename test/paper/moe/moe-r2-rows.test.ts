import { describe, expect, it } from 'vitest';
import type { MoeConfigFit } from '../../../lib/paper/moe/moe-fits.js';
import { moeR2Rows } from '../../../lib/paper/moe/moe-r2-rows.js';

const config = (verifier: string, k: number, plainR2: number, r2: number, nPoints: number, ok = true): MoeConfigFit =>
  ({
    verifier,
    k,
    prefillTokens: 512,
    decodeTokens: 128,
    alpha: 0.8,
    experts: 32,
    active: 4,
    assumption: 'k+1',
    rows: [],
    error: ok ? null : 'failed',
    fit: ok ? { r2, nPoints, plainEq1: { c1: 1, c2: 0.1, r2: plainR2, mape: 0 } } : null,
  }) as unknown as MoeConfigFit;

const FITS = [config('b', 3, 0.8, 0.99, 5), config('b', 0, 0.6, 0.97, 5), config('a', 1, 0.9, 1, 6), config('b', 3, 0.7, 0.95, 5), config('a', 2, 0, 0, 5, false)];

describe('moeR2Rows', () => {
  it('averages R² over each model\'s configurations and sums the points', () => {
    expect(moeR2Rows(FITS, { setting: 'T = B·(k+1)' })).toEqual([
      { model: 'b', setting: 'T = B·(k+1)', plainR2: (0.8 + 0.6 + 0.7) / 3, correctedR2: (0.99 + 0.97 + 0.95) / 3, n: 15 },
      { model: 'a', setting: 'T = B·(k+1)', plainR2: 0.9, correctedR2: 1, n: 6 },
    ]);
    expect(moeR2Rows(FITS)[0]).not.toHaveProperty('setting');
  });

  it('gives one row per model and k, labelled by k', () => {
    const rows = moeR2Rows(FITS, { byK: true });
    expect(rows.map((r) => [r.model, r.setting, r.n])).toEqual([
      ['b', 'no SD', 5],
      ['b', 'k = 3', 10],
      ['a', 'k = 1', 6],
    ]);
    expect(rows[1].plainR2).toBeCloseTo(0.75, 12);
    expect(moeR2Rows(FITS, { byK: true, setting: 'half' })[0].setting).toBe('half, no SD');
  });

  it('rejects no successful fit', () => {
    expect(() => moeR2Rows([FITS[4]])).toThrow('moeR2Rows requires at least one successful fit');
  });
});
