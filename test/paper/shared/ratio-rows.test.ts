import { describe, expect, it } from 'vitest';
import { ratioRows } from '../../../lib/paper/shared/ratio-rows.js';
import { entry, failedEntry, setting } from '../group-fit-factory.js';

const key = (verifier: string, prefill = 512, decode = 128) => ({ verifier, drafter: 'D', hardware: 'H', prefill_tokens: prefill, decode_tokens: decode });
// c1_p + g c1_v = 0.05 + 128 * 0.01 = 1.33 s; c2_p + g c2_v = 0.02 + 128 * 0.0005 = 0.084 s/request
const six = { c1_p: 0.05, c1_v: 0.01, c1_d: 0.001, c2_p: 0.02, c2_v: 0.0005, c2_d: 0.0001 };

describe('ratioRows', () => {
  const fits = [
    entry(key('A'), { ...six, settings: [setting(0, null, 2, 0.1), setting(2, 0.6, 1.33, 0.168, { c1Eff: 0.665, c2Eff: 0.042 })] }),
    entry(key('B', 1024, 1024), { ...six, settings: [setting(1, 0.5, 1, 0.2)] }),
    failedEntry(key('C')),
  ];

  it("divides each setting's own fit by the pooled fit's k = 0 values", () => {
    const rows = ratioRows(fits, { baseline: 'pooled', where: { verifier: 'A' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ alpha: 0.6, k: 2, prefillTokens: 512, decodeTokens: 128, verifier: 'A', system: 'verifier=A drafter=D hardware=H prefill_tokens=512 decode_tokens=128' });
    expect(rows[0].c1Baseline).toBeCloseTo(1.33, 12);
    expect(rows[0].c2Baseline).toBeCloseTo(0.084, 12);
    expect(rows[0].c1r).toBeCloseTo(1, 12);
    expect(rows[0].c2r).toBeCloseTo(2, 12);
  });

  it('uses the measured k = 0 sweep, the pooled numerators or given coefficients on request', () => {
    const measured = ratioRows(fits, { baseline: 'measured', where: { verifier: 'A' } })[0];
    expect(measured.c1r).toBeCloseTo(1.33 / 2, 12);
    expect(measured.c2r).toBeCloseTo(1.68, 12);
    const pooled = ratioRows(fits, { baseline: 'measured', numerator: 'pooled', where: { verifier: 'A' } })[0];
    expect(pooled.c1r).toBeCloseTo(0.3325, 12);
    expect(pooled.c2r).toBeCloseTo(0.42, 12);
    const given = ratioRows(fits, { baseline: { c1: 2, c2: 0.4 } });
    expect(given.map((r) => [r.verifier, r.c1r, r.c2r])).toEqual([
      ['A', 0.665, 0.42],
      ['B', 0.5, 0.5],
    ]);
    expect(given[1]).toMatchObject({ prefillTokens: 1024, decodeTokens: 1024 });
  });

  it('rejects a bad baseline, a system without k = 0 for measured, and an empty selection', () => {
    expect(() => ratioRows(fits, { baseline: 'own' as never })).toThrow("ratioRows requires options.baseline 'measured', 'pooled' or { c1 > 0, c2 > 0 }");
    expect(() => ratioRows(fits, { baseline: 'measured', where: { verifier: 'B' } })).toThrow('ratioRows requires a fitted k = 0 (baseline) sweep in verifier=B');
    expect(() => ratioRows(fits, { baseline: 'pooled', where: { verifier: 'C' } })).toThrow('ratioRows requires a selection that matches at least one fitted system');
    expect(() => ratioRows([entry({ verifier: 'A' }, { ...six, settings: [] })], { baseline: 'pooled' })).toThrow('group by SYSTEM_KEYS');
  });
});
