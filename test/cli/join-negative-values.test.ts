import { describe, expect, it } from 'vitest';
import { joinNegativeValues } from '../../lib/cli/join-negative-values.js';

describe('joinNegativeValues', () => {
  const options = { k: { type: 'string' }, json: { type: 'boolean' } } as const;
  it('joins a string option with a number-like value starting with a dash', () => {
    expect(joinNegativeValues(['runs/', '--k', '-1', '--json'], options)).toEqual(['runs/', '--k=-1', '--json']);
    expect(joinNegativeValues(['--k', '-.5', '--k', '-inf'], options)).toEqual(['--k=-.5', '--k=-inf']);
  });
  it('leaves flags, other options, joined forms and everything after -- alone', () => {
    expect(joinNegativeValues(['--k', '--json'], options)).toEqual(['--k', '--json']);
    expect(joinNegativeValues(['--json', '-1'], options)).toEqual(['--json', '-1']);
    expect(joinNegativeValues(['--k=-1', '--', '--k', '-1'], options)).toEqual(['--k=-1', '--', '--k', '-1']);
  });
});
