import { describe, expect, it } from 'vitest';
import { rpsAxisMax } from '../../../lib/paper/speedup/rps-axis-max.js';

describe('rpsAxisMax', () => {
  it('puts the axis end a margin beyond the highest measured rate', () => {
    expect(rpsAxisMax([{ rps: 2 }, { rps: 4 }, { rps: Number.NaN }])).toBe(5);
    expect(rpsAxisMax([{ rps: 3 }], 1)).toBe(3);
  });

  it('rejects empty input and margins below 1', () => {
    expect(() => rpsAxisMax([])).toThrow('rpsAxisMax requires at least one point with a positive finite rps');
    expect(() => rpsAxisMax([{ rps: 1 }], 0.5)).toThrow('rpsAxisMax requires a margin >= 1, got 0.5');
  });
});
