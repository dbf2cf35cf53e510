import { describe, expect, it } from 'vitest';
import { conditionalAcceptance } from '../../../lib/sim/acceptance/conditional-acceptance.js';

const base = { prefillTokens: 8, decodeTokens: 8 };

describe('conditionalAcceptance', () => {
  it('repeats alpha for i.i.d. positions and is empty without speculation', () => {
    expect(Array.from(conditionalAcceptance({ ...base, k: 3, alpha: 0.7 }))).toEqual([0.7, 0.7, 0.7]);
    expect(conditionalAcceptance({ ...base, k: 0 }).length).toBe(0);
  });

  it('converts vLLM per-position (cumulative) rates to conditional ones', () => {
    // r = [0.85, 0.7167, 0.5944] (er0080 fixture's per-position rates): c = [r0, r1/r0, r2/r1]
    const c = conditionalAcceptance({ ...base, k: 3, acceptanceRates: [0.85, 0.7167, 0.5944] });
    expect(c[0]).toBeCloseTo(0.85, 12);
    expect(c[1]).toBeCloseTo(0.7167 / 0.85, 12);
    expect(c[2]).toBeCloseTo(0.5944 / 0.7167, 12);
    // only the first k rates are used; a zero rate makes all later positions impossible
    expect(Array.from(conditionalAcceptance({ ...base, k: 2, acceptanceRates: [0.5, 0, 0, 0.9] }))).toEqual([0.5, 0]);
    expect(Array.from(conditionalAcceptance({ ...base, k: 3, acceptanceRates: [0.5, 0, 0] }))).toEqual([0.5, 0, 0]);
  });

  it('uses conditional rates as given', () => {
    const c = conditionalAcceptance({ ...base, k: 2, acceptanceRates: [0.9, 0.95], acceptanceRatesKind: 'conditional' });
    expect(Array.from(c)).toEqual([0.9, 0.95]);
  });

  it('rejects missing, doubled, out-of-range, too short or increasing cumulative settings', () => {
    expect(() => conditionalAcceptance({ ...base, k: 2 })).toThrow(/exactly one of alpha and acceptanceRates/);
    expect(() => conditionalAcceptance({ ...base, k: 2, alpha: 0.5, acceptanceRates: [0.5, 0.5] })).toThrow(/exactly one/);
    expect(() => conditionalAcceptance({ ...base, k: 2, alpha: 1.2 })).toThrow(/alpha in \[0, 1\]/);
    expect(() => conditionalAcceptance({ ...base, k: 3, acceptanceRates: [0.9, 0.8] })).toThrow(/at least k = 3/);
    expect(() => conditionalAcceptance({ ...base, k: 2, acceptanceRates: [0.5, 0.6] })).toThrow(/non-increasing/);
    expect(() => conditionalAcceptance({ ...base, k: 2, acceptanceRates: [0.5, -0.1] })).toThrow(/in \[0, 1\]/);
    expect(() => conditionalAcceptance({ ...base, k: -1 })).toThrow(/integer k >= 0/);
  });
});
