import { describe, expect, it } from 'vitest';
import { preparePoints } from '../../lib/fit/prepare-points.js';
import { realSweepRows } from './tidy-row-factory.js';

describe('preparePoints', () => {
  it('applies the saturation rules, or only validity with exclusion false', () => {
    const rows = realSweepRows();
    const a = preparePoints(rows, {});
    expect(a.points.map((p) => p.index)).toEqual([0, 2, 3, 4, 5, 6, 7, 8]);
    expect(a.points[0]).toMatchObject({ kind: 'closed', concurrency: 1, source: 'real.json#[0]' });
    expect(a.excluded.map((e) => e.index)).toEqual([1, 9]);
    const b = preparePoints(rows, false);
    expect(b.points).toHaveLength(9);
    expect(b.excluded.map((e) => e.index)).toEqual([1]);
  });
});
