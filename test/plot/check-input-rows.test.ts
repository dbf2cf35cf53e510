import { describe, expect, it } from 'vitest';
import { checkInputRows } from '../../lib/plot/check-input-rows.js';

const rules = { numbers: ['x'], optionalNumbers: ['n'], strings: ['group'], optionalStrings: ['label'] };

describe('checkInputRows', () => {
  it('accepts well-typed rows', () => {
    expect(() => checkInputRows('f', 'points', [{ x: 1, group: 'a' }, { x: 2, group: 'b', n: null, label: 'l' }], rules)).not.toThrow();
  });

  it('names the builder, argument, row and field that is wrong', () => {
    expect(() => checkInputRows('collapseFigure', 'points', 'no', rules)).toThrow('collapseFigure requires points to be an array');
    expect(() => checkInputRows('collapseFigure', 'points', [], rules)).toThrow('collapseFigure requires at least 1 row(s) in points');
    expect(() => checkInputRows('collapseFigure', 'points', [{ x: NaN, group: 'a' }], rules)).toThrow(
      'collapseFigure requires points[0].x to be a finite number',
    );
    expect(() => checkInputRows('f', 'points', [{ x: 1, group: 2 }], rules)).toThrow('f requires points[0].group to be a string');
    expect(() => checkInputRows('f', 'points', [{ x: 1, group: 'a', n: '3' }], rules)).toThrow(
      'f requires points[0].n to be a finite number or null',
    );
    expect(() => checkInputRows('f', 'points', [null], rules)).toThrow('f requires points[0] to be an object');
  });

  it('allows empty arrays when minRows is 0', () => {
    expect(() => checkInputRows('f', 'fits', [], { ...rules, minRows: 0 })).not.toThrow();
  });
});
