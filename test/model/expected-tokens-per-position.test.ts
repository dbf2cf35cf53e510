import { describe, expect, it } from 'vitest';
import { expectedTokens } from '../../lib/model/expected-tokens.js';
import { expectedTokensPerPosition } from '../../lib/model/expected-tokens-per-position.js';


describe('expectedTokensPerPosition', () => {
  it('reduces to the i.i.d. form with equal conditional rates', () => {
    expect(expectedTokensPerPosition([0.6, 0.6, 0.6], 'conditional')).toBeCloseTo(expectedTokens(0.6, 3), 12);
  });

  it('takes vLLM cumulative per-position rates: 1 + sum r_i equals its reported acceptance length', () => {
    // vLLM 0.25.1 bench serve fixture (real run, see test/fixtures): per-position rates and
    // spec_decode_acceptance_length 3.16111 as written by vLLM.
    expect(expectedTokensPerPosition([0.85, 0.7167, 0.5944], 'cumulative')).toBeCloseTo(3.1611, 3);
  });

  it('multiplies conditional rates', () => {
    expect(expectedTokensPerPosition([0.8, 0.5], 'conditional')).toBeCloseTo(2.2, 12);
    expect(expectedTokensPerPosition([], 'conditional')).toBe(1);
  });

  it('rejects rates outside [0, 1] and increasing cumulative rates', () => {
    expect(() => expectedTokensPerPosition([0.5, 1.5], 'conditional')).toThrow('rates[1]');
    expect(() => expectedTokensPerPosition([0.5, 0.6], 'cumulative')).toThrow('do not increase');
  });
});
