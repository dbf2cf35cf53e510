import { describe, expect, it } from 'vitest';
import { checkFigureSpec } from '../../lib/plot/check-figure-spec.js';
import type { FigureSpec } from '../../lib/plot/figure-spec.js';

const spec: FigureSpec = { data: [{ type: 'scatter', x: [1], y: [2] }], layout: {} };

describe('checkFigureSpec', () => {
  it('accepts a spec with or without metadata', () => {
    expect(() => checkFigureSpec(spec, undefined, 'f')).not.toThrow();
    expect(() => checkFigureSpec(spec, { id: 'fig01-collapse', caption: '' }, 'f')).not.toThrow();
  });

  it('names the problem and the figure', () => {
    expect(() => checkFigureSpec(spec, { id: 'a b', caption: '' }, 'writeFigure')).toThrow(/^writeFigure requires an id/);
    expect(() => checkFigureSpec(spec, { id: 'x', caption: undefined as unknown as string }, 'f')).toThrow(
      'f requires a caption string (figure x)',
    );
    expect(() => checkFigureSpec({ data: {} as unknown as [], layout: {} }, { id: 'x', caption: '' }, 'f')).toThrow(
      'f requires spec.data to be an array of traces (figure x)',
    );
    expect(() => checkFigureSpec({ data: [null as unknown as Record<string, unknown>], layout: {} }, undefined, 'f')).toThrow(
      'f requires spec.data[0] to be a trace object',
    );
    expect(() => checkFigureSpec({ data: [], layout: [] as unknown as Record<string, unknown> }, undefined, 'f')).toThrow(
      'f requires spec.layout to be an object',
    );
    expect(() => checkFigureSpec({ data: [], layout: {}, config: 3 as unknown as Record<string, unknown> }, undefined, 'f')).toThrow(
      'f requires spec.config to be an object when given',
    );
  });
});
