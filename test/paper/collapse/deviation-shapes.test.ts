import { describe, expect, it } from 'vitest';
import { deviationShapes } from '../../../lib/paper/collapse/deviation-shapes.js';

const bin = (group: string, xMid: number, medianPct: number) => ({ group, xLo: xMid - 0.05, xHi: xMid + 0.05, xMid, n: 5, medianPct, q25Pct: medianPct, q75Pct: medianPct });

describe('deviationShapes', () => {
  it('merges repeated signs beyond ±1% in x order and groups the groups by their run', () => {
    const shapes = deviationShapes([
      bin('B', 0.25, -2), bin('B', 0.05, 3), bin('B', 0.15, 0.5), bin('B', 0.35, 2), bin('B', 0.45, 4),
      bin('A', 0.05, -1.5), bin('A', 0.15, 1.2),
      bin('C', 0.05, 5), bin('C', 0.15, 0.2),
      bin('D', 0.05, 3), bin('D', 0.15, -3), bin('D', 0.25, 1),
    ]);
    expect(shapes.shapes.find((s) => s.group === 'B')).toEqual({ group: 'B', signs: ['+', '0', '−', '+', '+'], runs: ['+', '−', '+'] });
    expect(shapes.text).toBe(
      'Runs of signs along x (bins beyond ±1%, in x order, bins within ±1% skipped): − +: A; + − +: B, D. Within ±1% in all bins but at most one: C.',
    );
  });
  it('says so when there are no bins', () => {
    expect(deviationShapes([]).text).toBe('No bins to read.');
  });
});
