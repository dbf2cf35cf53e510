import { describe, expect, it } from 'vitest';
import { checkNumber } from '../../lib/util/check-number.js';

describe('checkNumber', () => {
  it('accepts finite numbers at the bound and rejects NaN, Infinity and values below it', () => {
    expect(() => checkNumber('f', 'x', 0)).not.toThrow();
    expect(() => checkNumber('f', 'x', 0, 0, true)).toThrow('f requires x to be a finite number > 0, got 0');
    expect(() => checkNumber('f', 'x', Number.NaN)).toThrow('f requires x to be a finite number >= 0, got NaN');
    expect(() => checkNumber('f', 'x', Infinity)).toThrow('got Infinity');
  });
});
