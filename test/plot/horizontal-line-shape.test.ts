import { describe, expect, it } from 'vitest';
import { horizontalLineShape } from '../../lib/plot/horizontal-line-shape.js';

describe('horizontalLineShape', () => {
  it('spans the whole panel width at height y', () => {
    expect(horizontalLineShape(0.97, { xaxis: 'x3', yaxis: 'y3' })).toMatchObject({
      type: 'line',
      xref: 'x3 domain',
      x0: 0,
      x1: 1,
      yref: 'y3',
      y0: 0.97,
      y1: 0.97,
    });
  });

  it('rejects a non-finite height', () => {
    expect(() => horizontalLineShape(NaN)).toThrow('horizontalLineShape requires a finite y');
  });
});
