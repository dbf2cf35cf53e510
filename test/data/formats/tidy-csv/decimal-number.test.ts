import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECIMAL_NUMBER_TEXT, decimalNumber } from '../../../../lib/data/formats/tidy-csv/decimal-number.js';

const byPattern = (t: string): number => (DECIMAL_NUMBER_TEXT.test(t) ? Number(t) : NaN);

describe('decimalNumber', () => {
  it('reads decimal notation and nothing else', () => {
    expect(decimalNumber('12')).toBe(12);
    expect(decimalNumber('-0.5')).toBe(-0.5);
    expect(decimalNumber('+.5')).toBe(0.5);
    expect(decimalNumber('5.')).toBe(5);
    expect(decimalNumber('1.5e3')).toBe(1500);
    expect(decimalNumber('0e5')).toBe(0);
    expect(decimalNumber('1E-3')).toBe(0.001);
    for (const t of ['0x10', '0X1f', '0b1', '0B1', '0o7', '0O7', 'Infinity', '-Infinity', 'inf', 'NaN', '1_000', '1e', '.', '-', 'abc', '1 2']) {
      expect(decimalNumber(t), t).toBeNaN();
    }
    expect(decimalNumber('1e400')).toBe(Infinity); // decimal, beyond a double: the caller rejects it
  });

  it('equals the decimal pattern followed by Number() on any text', () => {
    const numberLike = fc
      .array(fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', 'x', 'b', 'o', 'I', 'n', 'f', '_', ' '), { maxLength: 8 })
      .map((cs) => cs.join(''))
      .map((t) => t.trim())
      .filter((t) => t !== '');
    fc.assert(
      fc.property(fc.oneof(numberLike, fc.string({ minLength: 1 }).map((t) => t.trim()).filter((t) => t !== '')), (t) => {
        expect(Object.is(decimalNumber(t), byPattern(t))).toBe(true); // NaN equals NaN here
      }),
      { numRuns: 5000 },
    );
  });
});
