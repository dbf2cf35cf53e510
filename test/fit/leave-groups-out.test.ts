import { describe, expect, it } from 'vitest';
import { leaveGroupsOut } from '../../lib/fit/leave-groups-out.js';
import { createRng } from '../../lib/random/create-rng.js';

type Row = { g: number; x: number; y: number };
const line: Row[] = [0, 1, 2, 3, 4].flatMap((g) => [0, 1].map((j) => ({ g, x: g + 0.5 * j, y: 2 * (g + 0.5 * j) + 1 })));
const fitLine = (train: Row[]) => {
  const n = train.length;
  const mx = train.reduce((s, r) => s + r.x, 0) / n;
  const my = train.reduce((s, r) => s + r.y, 0) / n;
  const b = train.reduce((s, r) => s + (r.x - mx) * (r.y - my), 0) / train.reduce((s, r) => s + (r.x - mx) ** 2, 0);
  return (row: Row) => ({ y: my + b * (row.x - mx) });
};

describe('leaveGroupsOut', () => {
  it('holds out every combination of n groups, each row C(G-1, n-1) times', () => {
    const cv = leaveGroupsOut(line, ['g'], 2, fitLine, { observe: (r) => ({ y: r.y }) });
    expect(cv.nCombinations).toBe(10);
    expect(cv.folds).toHaveLength(10);
    expect(cv.sampled).toBe(false);
    expect(cv.predictions).toHaveLength(10 * 2 * 2);
    expect(cv.predictions.filter((p) => p.row === line[0])).toHaveLength(4);
    expect(cv.r2.y).toBeCloseTo(1, 12);
    expect(cv.folds[0]).toEqual({ heldOut: ['g=0', 'g=1'], nTrain: 6, error: null });
  });

  it('pools held-out predictions into one R^2 (leave-one-out of the mean, by hand)', () => {
    const rows = [1, 2, 3, 6].map((y, g) => ({ g, y }));
    const cv = leaveGroupsOut(rows, ['g'], 1, (train) => {
      const m = train.reduce((s, r) => s + r.y, 0) / train.length;
      return () => ({ y: m });
    }, { observe: (r) => ({ y: r.y }) });
    // predictions: 11/3, 10/3, 3, 2; mean of y = 3; SS_tot = 4 + 1 + 0 + 9 = 14
    const ssRes = (1 - 11 / 3) ** 2 + (2 - 10 / 3) ** 2 + (3 - 3) ** 2 + (6 - 2) ** 2;
    expect(cv.r2.y).toBeCloseTo(1 - ssRes / 14, 12);
    expect(cv.mape.y).toBeCloseTo((8 / 3 / 1 + 4 / 3 / 2 + 0 + 4 / 6) / 4, 12);
  });

  it('samples distinct combinations with a seeded Rng when there are too many', () => {
    const a = leaveGroupsOut(line, ['g'], 2, fitLine, { observe: (r) => ({ y: r.y }), maxFolds: 4, rng: createRng(3) });
    const b = leaveGroupsOut(line, ['g'], 2, fitLine, { observe: (r) => ({ y: r.y }), maxFolds: 4, rng: createRng(3) });
    expect(a.sampled).toBe(true);
    expect(a.folds).toHaveLength(4);
    expect(new Set(a.folds.map((f) => f.heldOut.join('|'))).size).toBe(4);
    expect(a.folds).toEqual(b.folds);
    expect(() => leaveGroupsOut(line, ['g'], 2, fitLine, { maxFolds: 4 })).toThrow(
      'leaveGroupsOut requires options.rng: C(5, 2) = 10 combinations exceed maxFolds = 4',
    );
  });

  it('records failing folds and refuses when all fail or n is out of range', () => {
    const cv = leaveGroupsOut(line, ['g'], 1, (train) => {
      if (!train.some((r) => r.g === 0)) throw new Error('needs group 0');
      return fitLine(train);
    }, { observe: (r) => ({ y: r.y }) });
    expect(cv.folds[0].error).toBe('needs group 0');
    expect(cv.folds.filter((f) => f.error === null)).toHaveLength(4);
    expect(() => leaveGroupsOut(line, ['g'], 1, () => { throw new Error('no'); })).toThrow(/^leaveGroupsOut requires at least one fold that fits: all 5 failed \(first: no\)/);
    expect(() => leaveGroupsOut(line, ['g'], 5, fitLine)).toThrow('leaveGroupsOut requires n to be an integer in [1, 4] for 5 groups, got 5');
  });
});
