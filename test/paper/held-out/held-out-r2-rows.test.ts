import { describe, expect, it } from 'vitest';
import { heldOutR2Rows } from '../../../lib/paper/held-out/held-out-r2-rows.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

const SETTINGS = [{ k: 0, alpha: null as number | null }, ...[0.6, 1].flatMap((alpha) => [1, 3, 6].map((k) => ({ k, alpha })))];

/** Rows of one length group whose six coefficients are exactly linear in their length features. */
function groupRows(verifier: string, p: number, g: number, scale: number): TidyRow[] {
  const eff = p + 0.5 * g;
  const six = [0.02 + 1e-4 * p, 0.01 + 1e-5 * eff, 0.001 + 1e-6 * eff, 0.005 + 4e-5 * p, 1e-4 + 2e-7 * eff, 2e-5 + 1e-8 * eff].map((v) => v * scale);
  return SETTINGS.flatMap(({ k, alpha }) => {
    const e = k === 0 ? 1 : alpha === 1 ? k + 1 : (1 - (alpha as number) ** (k + 1)) / (1 - (alpha as number));
    const c1 = six[0] + (g / e) * (six[1] + k * six[2]);
    const c2 = six[3] + (g / e) * (six[4] + k * six[5]);
    return [0.15, 0.35, 0.55, 0.75].map((fr, i) =>
      tidyRow({
        verifier,
        drafter: k === 0 ? '' : `EAGLE(${verifier})`,
        prefill_tokens: p,
        decode_tokens: g,
        k,
        alpha,
        measured_rps: fr / c2,
        rate_rps: fr / c2,
        mean_latency_s: c1 / (1 - fr),
        source: `${verifier}-p${p}-g${g}-k${k}-a${alpha}.json#${i}`,
      }),
    );
  });
}

const LENGTHS = [256, 512, 1024].flatMap((p) => [256, 512, 1024].map((g) => ({ p, g })));

describe('heldOutR2Rows', () => {
  const rows = [
    ...LENGTHS.flatMap(({ p, g }) => groupRows('A', p, g, 1)),
    ...LENGTHS.slice(0, 4).flatMap(({ p, g }) => groupRows('B', p, g, 2)),
  ];
  const result = heldOutR2Rows(rows, { ns: [1, 2], coefficients: ['c2_p', 'c2_v'] });

  it('predicts exactly linear coefficients of held-out lengths (R² = 1) for every n', () => {
    const a = result.rows.filter((r) => r.model === 'A');
    expect(a.map((r) => [r.coefficient, r.n])).toEqual([
      ['c2_p', 1],
      ['c2_v', 1],
      ['c2_p', 2],
      ['c2_v', 2],
    ]);
    for (const r of a) {
      expect(r.r2).toBeCloseTo(1, 6);
      expect(r.mapePct).toBeLessThan(1e-3);
    }
  });

  it('runs every fold when they fit under maxFolds, and skips models with fewer than n + 3 lengths', () => {
    expect(result.runs.filter((r) => r.model === 'A').map((r) => [r.n, r.nGroups, r.nFolds, r.nCombinations, r.sampled])).toEqual([
      [1, 9, 9, 9, false],
      [2, 9, 36, 36, false],
    ]);
    // B has 4 lengths: n = 1 runs (4 >= 4), n = 2 does not (4 < 5).
    expect(result.runs.filter((r) => r.model === 'B').map((r) => [r.verifier, r.n])).toEqual([['B', 1]]);
    expect(result.text).toBe('- A: 9 length groups fitted; n = 1: 9 (all) folds, n = 2: 36 (all) folds.\n- B: 4 length groups fitted; n = 1: 4 (all) folds, 1 failed.');
    // B's only group with p = 512 held out leaves one prefill length: the c*_p lines cannot be fitted.
    expect(result.runs.find((r) => r.model === 'B')!.failedFolds).toBe(1);
  });

  it('samples folds with a seeded Rng when they exceed maxFolds, reproducibly', () => {
    const one = heldOutR2Rows(rows.filter((r) => r.verifier === 'A'), { ns: [2], maxFolds: 10, seed: 5, coefficients: ['c2_v'] });
    const two = heldOutR2Rows(rows.filter((r) => r.verifier === 'A'), { ns: [2], maxFolds: 10, seed: 5, coefficients: ['c2_v'] });
    expect(one.runs[0]).toMatchObject({ nFolds: 10, nCombinations: 36, sampled: true });
    expect(one.text).toContain('n = 2: 10 sampled of 36 folds');
    expect(one).toEqual(two);
  });

  it("returns each model's pooled coefficients per length group, and uses the decode weight given for the v and d features", () => {
    expect(result.groups.map((g) => [g.model, g.groups.length])).toEqual([
      ['A', 9],
      ['B', 4],
    ]);
    expect(result.groups[0].groups.find((g) => g.prefill_tokens === 1024 && g.decode_tokens === 256)!.c2_p).toBeCloseTo(0.005 + 4e-5 * 1024, 8);
    // with each group's pooled fit (same order) and the system's source
    const g0 = result.groups[0];
    expect(g0.fits).toHaveLength(g0.groups.length);
    g0.fits.forEach((f, i) => expect(f.c2_p).toBe(g0.groups[i].c2_p));
    expect(g0.source).toBe(rows.find((r) => r.verifier === 'A' && r.k > 0)!.source);
    const a = rows.filter((r) => r.verifier === 'A');
    // The coefficients are linear in prefill + 0.5·decode: weight 0.5 predicts them exactly, weight 2 does not.
    const half = heldOutR2Rows(a, { ns: [1], coefficients: ['c2_v'], decodeWeight: 0.5 });
    const two = heldOutR2Rows(a, { ns: [1], coefficients: ['c2_v'], decodeWeight: 2 });
    expect(half.rows[0].r2).toBeCloseTo(1, 6);
    expect(two.rows[0].r2).toBeLessThan(0.99);
    expect(() => heldOutR2Rows(a, { ns: [1], decodeWeight: -1 })).toThrow('heldOutR2Rows requires options.decodeWeight >= 0, got -1');
  });

  it('rejects bad ns and data without enough lengths', () => {
    expect(() => heldOutR2Rows(rows, { ns: [0] })).toThrow('heldOutR2Rows requires options.ns to be integers >= 1');
    expect(() => heldOutR2Rows(rows.filter((r) => r.verifier === 'B'), { ns: [4] })).toThrow(
      'heldOutR2Rows requires at least one system with n + 3 or more length groups',
    );
  });
});
