import { describe, expect, it } from 'vitest';
import { parseCliNumber } from '../../lib/cli/parse-cli-number.js';

describe('parseCliNumber', () => {
  it('returns the number when it passes the check', () => {
    expect(parseCliNumber('fit', '--k', ' 3 ', (n) => Number.isInteger(n), 'an integer')).toBe(3);
  });

  it('names the command, flag, demand and text when it does not', () => {
    expect(() => parseCliNumber('fit', '--k', '', () => true, 'a number')).toThrow('fit requires --k to be a number, got ""');
    expect(() => parseCliNumber('load', '--alpha', '1.5', (n) => n <= 1, 'a number in [0, 1]')).toThrow(
      'load requires --alpha to be a number in [0, 1], got "1.5"',
    );
    expect(() => parseCliNumber('predict', '--rps', 'Infinity', () => true, 'a rate')).toThrow('got "Infinity"');
  });
});
