import { describe, expect, it } from 'vitest';
import { effectiveCollapseFigure } from '../../../lib/paper/pooled/effective-collapse-figure.js';
import { axisTitle, expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

describe('effectiveCollapseFigure (Fig. 4c)', () => {
  const points = [
    { x: 0.25, y: 4 / 3, group: 'k = 10' },
    { x: 0.5, y: 2.2, group: 'k = 2' },
  ];
  const figure = effectiveCollapseFigure(points, { dataLabel: 'simulated', system: 'Qwen3-8B, 512/128' });

  it('collapses groups onto y = 1/(1 − x) with C_eff axes', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(figure.id).toBe('fig04c-effective-collapse');
    expect(traceNames(figure)).toEqual(['k = 2', 'k = 10', 'y = 1/(1 − x) (Eq. 1)']);
    expect(axisTitle(figure.spec.layout.xaxis)).toContain('C<sub>2,eff</sub>');
    expect(axisTitle(figure.spec.layout.yaxis)).toContain('C<sub>1,eff</sub>');
    expect((figure.spec.layout.legend as { title: { text: string } }).title.text).toBe('k');
  });

  it('names the system and the median deviation (0% and 10% -> 5%)', () => {
    expect(figure.caption).toContain('of Qwen3-8B, 512/128');
    expect(figure.caption).toContain('Median deviation from the curve: 5%');
  });
});
