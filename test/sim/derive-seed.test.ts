import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../lib/sim/derive-seed.js';

describe('deriveSeed', () => {
  it('is a pure function of its inputs and separates neighbouring indices', () => {
    expect(deriveSeed(42, 3, 1)).toBe(deriveSeed(42, 3, 1));
    const seen = new Set<number>();
    for (let base = 0; base < 4; base++) for (let i = 0; i < 500; i++) seen.add(deriveSeed(base, i));
    expect(seen.size).toBe(2000);
    expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 2));
    for (const s of seen) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });

  it('rejects a non-finite base and bad parts', () => {
    expect(() => deriveSeed(NaN)).toThrow(/finite/);
    expect(() => deriveSeed(1, -1)).toThrow(/non-negative integer/);
    expect(() => deriveSeed(1, 0.5)).toThrow(/non-negative integer/);
  });
});
