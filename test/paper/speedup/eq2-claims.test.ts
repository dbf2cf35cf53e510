import { describe, expect, it } from 'vitest';
import { eq2Verdict } from '../../../lib/paper/speedup/eq2-claims.js';
import type { SpeedupSystem } from '../../../lib/paper/speedup/load-speedup-data.js';
import type { MeasuredSpeedups } from '../../../lib/paper/speedup/measured-speedups.js';

const P = { eq2MaxMapePct: 5, eq2MinSameSide: 0.95 };
const system = (decode: number) => ({ data: 'simulated', verifier: 'V', prefillTokens: 512, decodeTokens: decode }) as SpeedupSystem;
const speedups = (mapePct: number, sameSide: number, trends: MeasuredSpeedups['trends'] = []) =>
  ({ alpha: 0.8, ownAgreement: { n: 10, mapePct, sameSide, maxAbsError: 0.1, text: '' }, trends }) as unknown as MeasuredSpeedups;

describe('eq2Verdict', () => {
  it('holds when every workload meets both criteria, fails when none does, partly otherwise', () => {
    expect(eq2Verdict([system(128), system(1024)], [speedups(1, 1), speedups(2, 0.96)], P).verdict).toBe('holds');
    expect(eq2Verdict([system(128), system(1024)], [speedups(1, 1), speedups(8, 1)], P).verdict).toBe('partly');
    expect(eq2Verdict([system(128), system(1024)], [speedups(6, 1), speedups(1, 0.9)], P).verdict).toBe('fails');
  });

  it('states the numbers, the criteria and the measured trends in the evidence', () => {
    const v = eq2Verdict([system(128)], [speedups(7.5, 0.9, [{ k: 1, c2r: 1.2, first: 2, last: 1.5 }, { k: 2, c2r: 0.9, first: 2, last: 1.8 }])], P);
    expect(v.evidence).toContain('simulated V at α = 0.8 (512/128: MAPE 7.5% over 10 points, same side of 1 at 90% (misses))');
    expect(v.evidence).toContain('criteria MAPE ≤ 5% and same side ≥ 95%, met at 0 of 1 workload(s)');
    expect(v.evidence).toContain('falls from the lowest to the highest common rate for 1 of 1 setting(s) with C2R > 1 and rises for 0 of 1 with C2R < 1');
    expect(v.figure).toBe('nb06-speedup-sim-512-128');
  });

  it('requires one result per workload', () => {
    expect(() => eq2Verdict([system(128)], [], P)).toThrow('eq2Verdict requires one measuredSpeedups result per workload, at least one');
  });
});
