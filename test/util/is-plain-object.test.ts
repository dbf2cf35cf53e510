import { describe, expect, it } from 'vitest';
import { isPlainObject } from '../../lib/util/is-plain-object.js';

describe('isPlainObject', () => {
  it('is true only for non-null non-array objects', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1, undefined].map(isPlainObject)).toEqual([true, true, false, false, false, false, false]);
  });
});
