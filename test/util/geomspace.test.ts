import { describe, expect, it } from 'vitest';
import { geomspace } from '../../lib/util/geomspace.js';

describe('geomspace', () => {
  it('spaces values evenly in log', () => {
    const v = geomspace(1, 1000, 4);
    expect(v[0]).toBe(1);
    expect(v[1]).toBeCloseTo(10, 12);
    expect(v[2]).toBeCloseTo(100, 10);
    expect(v[3]).toBe(1000);
  });

  it('rejects non-positive ends', () => {
    expect(() => geomspace(0, 10, 3)).toThrow('geomspace requires');
  });
});
