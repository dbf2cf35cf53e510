import { describe, expect, it } from 'vitest';
import { EngineCounters } from '../../../lib/sim/metrics/engine-counters.js';

describe('EngineCounters', () => {
  it('turns steps, verifications and requests at the server into engine statistics', () => {
    const c = new EngineCounters(3);
    c.stepDone(2, 0.1); // 2 sequences for 0.1 s
    c.stepDone(4, 0.3);
    c.verified(3, 2);
    c.verified(3, 0);
    c.verified(2, 2);
    c.changeAtServer(0, 1); // 1 request in [0, 2)
    c.changeAtServer(2, 1); // 2 in [2, 4)
    c.changeAtServer(4, -2); // 0 in [4, 10]
    c.changeAtServer(10, 0);
    const s = c.stats(10, 5, true);
    expect(s.steps).toBe(2);
    expect(s.preemptions).toBe(5);
    expect(s.meanBatchSize).toBeCloseTo((2 * 0.1 + 4 * 0.3) / 0.4, 12);
    expect(s.busyFraction).toBeCloseTo(0.04, 12);
    expect(s.meanInFlight).toBeCloseTo((1 * 2 + 2 * 2) / 10, 12);
    expect([s.drafts, s.draftTokens, s.acceptedTokens]).toEqual([3, 8, 4]);
    expect(s.perPositionAcceptance).toEqual([2 / 3, 2 / 3, 0]);
    expect(s.acceptanceLength).toBeCloseTo(1 + 4 / 3, 12);
  });

  it('without drafts: no per-position acceptance and no acceptance length', () => {
    const s = new EngineCounters(0).stats(30, 0, false);
    expect(s.perPositionAcceptance).toEqual([]);
    expect(s.acceptanceLength).toBeNull();
    expect(s.meanBatchSize).toBe(0);
  });
});
