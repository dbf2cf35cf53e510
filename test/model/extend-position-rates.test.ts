import { describe, expect, it } from 'vitest';
import { extendPositionRates } from '../../lib/model/extend-position-rates.js';

describe('extendPositionRates', () => {
  it('keeps the measured positions and holds the last conditional rate beyond them', () => {
    const r = extendPositionRates([0.8, 0.6], 4);
    // q = 0.6 / 0.8 = 0.75: 0.6 * 0.75 = 0.45, 0.45 * 0.75 = 0.3375
    expect(r[0]).toBe(0.8);
    expect(r[1]).toBe(0.6);
    expect(r[2]).toBeCloseTo(0.45, 12);
    expect(r[3]).toBeCloseTo(0.3375, 12);
    expect(extendPositionRates([0.5], 3)).toEqual([0.5, 0.25, 0.125]);
    expect(extendPositionRates([0.9, 0.7, 0.5], 2)).toEqual([0.9, 0.7]);
  });
  it('rejects bad input', () => {
    expect(() => extendPositionRates([], 2)).toThrow('extendPositionRates requires at least one measured rate');
    expect(() => extendPositionRates([0.5, 0.7], 2)).toThrow('non-increasing');
    expect(() => extendPositionRates([0.5], -1)).toThrow('integer k >= 0');
  });
});
