import { describe, expect, it } from 'vitest';
import { lowerLoadRows } from '../../../lib/paper/moe/lower-load-rows.js';
import { row, sweep } from '../moe-test-rows.js';

describe('lowerLoadRows', () => {
  const rows = [...sweep('m', 0, 32, 4), ...sweep('m', 3, 32, 4)];

  it('keeps the lower-load half of each sweep, lowest rate first (9 steady points -> 5)', () => {
    const kept = lowerLoadRows(rows);
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 5).map((r) => [r.k, r.strategy, r.measured_rps])).toEqual([
      [0, 'synchronous', rows[0].measured_rps],
      [0, 'constant', 2],
      [0, 'constant', 4],
      [0, 'constant', 6],
      [0, 'constant', 8],
    ]);
    expect(kept[5].k).toBe(3);
  });

  it('takes another share but never fewer than minPoints of a sweep that has them', () => {
    expect(lowerLoadRows(rows, { share: 1 })).toHaveLength(18);
    expect(lowerLoadRows(rows, { share: 0.2 })).toHaveLength(10); // ceil(1.8) = 2 < 5
    expect(lowerLoadRows(rows, { share: 0.2, minPoints: 0 })).toHaveLength(4);
    expect(lowerLoadRows(rows.slice(0, 3), { share: 0.5 })).toHaveLength(3); // only 3 points: all of them
  });

  it('leaves out saturated rows before splitting, unless exclusion is off', () => {
    const withBurst = [...rows.slice(0, 9), row('m', 0, 'throughput', 17, 9)];
    expect(lowerLoadRows(withBurst, { share: 1 })).toHaveLength(9);
    expect(lowerLoadRows(withBurst, { share: 1, exclusion: false })).toHaveLength(10);
  });

  it('rejects bad options', () => {
    expect(() => lowerLoadRows(rows, { share: 0 })).toThrow('lowerLoadRows requires options.share in (0, 1], got 0');
    expect(() => lowerLoadRows(rows, { minPoints: -1 })).toThrow('lowerLoadRows requires options.minPoints to be an integer >= 0');
    expect(() => lowerLoadRows('x' as never)).toThrow('lowerLoadRows requires an array of tidy rows');
  });
});
