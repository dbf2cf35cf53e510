import { describe, expect, it } from 'vitest';
import { collapseTraces } from '../../../lib/paper/shared/collapse-traces.js';

describe('collapseTraces', () => {
  it('puts one trace per group first, then the curve, and measures the deviation from it', () => {
    // x = 0.5: curve 2. y = 2.2 deviates 10%, y = 2 deviates 0%: median 5%.
    const t = collapseTraces('f', [{ x: 0.5, y: 2.2, group: 'b' }, { x: 0.5, y: 2, group: 'a' }, { x: 1.2, y: 9, group: 'a' }], 0.9, 'auto');
    expect(t.data.map((d) => d.name)).toEqual(['a', 'b', 'y = 1/(1 − x) (Eq. 1)']);
    expect(t.groups).toBe(2);
    expect(t.medianDeviationPct).toBeCloseTo(5, 10);
    expect(t.beyondSaturation).toBe(1);
    const curve = t.data[2] as { x: number[] };
    expect(curve.x[curve.x.length - 1]).toBe(0.9);
  });

  it('rejects a curve end outside (0, 1)', () => {
    expect(() => collapseTraces('collapseFigure', [{ x: 0, y: 1, group: 'a' }], 1, 'auto')).toThrow('collapseFigure requires options.xMax in (0, 1)');
  });
});
