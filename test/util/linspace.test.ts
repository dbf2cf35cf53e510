import { describe, expect, it } from 'vitest';
import { linspace } from '../../lib/util/linspace.js';

describe('linspace', () => {
  it('spaces values evenly and hits both ends exactly', () => {
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const v = linspace(0, 0.95, 80);
    expect(v).toHaveLength(80);
    expect(v[79]).toBe(0.95);
  });

  it('rejects fewer than two values', () => {
    expect(() => linspace(0, 1, 1)).toThrow('linspace requires');
  });
});
