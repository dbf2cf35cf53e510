import { describe, expect, it } from 'vitest';
import { highestFittedRps } from '../../../lib/paper/speedup/highest-fitted-rps.js';

describe('highestFittedRps', () => {
  it('takes the largest rate of the open-loop points, ignoring closed-loop concurrencies', () => {
    const points = [
      { kind: 'closed' as const, x: 128 },
      { kind: 'open' as const, x: 2.5 },
      { kind: 'open' as const, x: 7.25 },
      { kind: 'open' as const, x: 3 },
    ];
    expect(highestFittedRps({ points })).toBe(7.25);
  });

  it('rejects a fit without open-loop points', () => {
    expect(() => highestFittedRps({ points: [{ kind: 'closed', x: 1 }] })).toThrow('highestFittedRps requires a fit with at least one open-loop point');
    expect(() => highestFittedRps(null as never)).toThrow('highestFittedRps requires a fit with at least one open-loop point');
  });
});
