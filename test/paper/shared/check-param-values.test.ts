import { describe, expect, it } from 'vitest';
import { checkParamRange, checkParamValues, listValues } from '../../../lib/paper/shared/check-param-values.js';

const place = { step: 'speedup', name: 'alpha', data: 'real data', plural: 'alphas' };

describe('checkParamValues', () => {
  it('passes values the data hold, with a 1e-9 tolerance for numbers', () => {
    expect(() => checkParamValues([0.7, null], [0.5, 0.7000000000000001, null], place)).not.toThrow();
    expect(() => checkParamValues('a', ['a', 'b'], place)).not.toThrow();
  });

  it('fails on the first value the data lack, listing what they hold, sorted and once each', () => {
    expect(() => checkParamValues([0.5, 0.65], [1, 0.5, 0.6, 0.5], place)).toThrow(/^speedup: P\.alpha 0\.65 is not in the real data \(alphas: 0\.5, 0\.6, 1\)$/);
    expect(() => checkParamValues('x', ['b', 'a'], { ...place, name: 'verifier', plural: 'verifiers' })).toThrow("speedup: P.verifier 'x' is not in the real data (verifiers: 'a', 'b')");
  });

  it('checks its own arguments', () => {
    expect(() => checkParamValues(1, 'x' as never, place)).toThrow('checkParamValues requires held to be an array of values');
    expect(() => checkParamValues(1, [1], { ...place, plural: '' })).toThrow('checkParamValues requires place.plural to be a non-empty string');
  });
});

describe('checkParamRange', () => {
  it('passes numbers inside the range the data hold and fails outside, listing the values', () => {
    expect(() => checkParamRange([0.5, 0.85, 1], [0.5, 0.6, 1, null], place)).not.toThrow();
    expect(() => checkParamRange([0.3], [0.5, 1, null], place)).toThrow(/^speedup: P\.alpha 0\.3 is outside the range of the real data \(alphas: 0\.5, 1\)$/);
    expect(() => checkParamRange(1, [null], place)).toThrow('checkParamRange requires at least one finite number held');
  });
});

describe('listValues', () => {
  it('sorts null first, then numbers, then texts', () => {
    expect(listValues([10, 'b', 1, null, 2, 'a', 1])).toBe("null, 1, 2, 10, 'a', 'b'");
    expect(listValues([])).toBe('none');
  });
});
