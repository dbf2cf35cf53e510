import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { coefficientScalingCv, DEFAULT_LENGTH_FEATURES } from '../../lib/fit/coefficient-scaling-cv.js';
import type { Rng } from '../../lib/random/create-rng.js';
import { createRng } from '../../lib/random/create-rng.js';
import { tidyRow } from './tidy-row-factory.js';

const LENGTHS = [256, 512, 768, 1024];
const SETTINGS = [{ k: 0, alpha: null as number | null }, ...[0.6, 0.8, 1].flatMap((alpha) => [1, 3, 6].map((k) => ({ k, alpha })))];

/** Six coefficients linear in their length features (the structure the paper reports). */
function sixFor(p: number, g: number): number[] {
  const eff = p + 0.5 * g;
  return [0.02 + 1e-4 * p, 0.01 + 1e-5 * eff, 0.001 + 1e-6 * eff, 0.005 + 4e-5 * p, 1e-4 + 2e-7 * eff, 2e-5 + 1e-8 * eff];
}

function groupRowsFor(p: number, g: number, rng: Rng | null, noise: number): TidyRow[] {
  const six = sixFor(p, g);
  return SETTINGS.flatMap(({ k, alpha }) => {
    const e = k === 0 ? 1 : alpha === 1 ? k + 1 : (1 - (alpha as number) ** (k + 1)) / (1 - (alpha as number));
    const cyc = g / e;
    const c1 = six[0] + cyc * (six[1] + k * six[2]);
    const c2 = six[3] + cyc * (six[4] + k * six[5]);
    return [0.15, 0.3, 0.45, 0.6, 0.75].map((fr, i) =>
      tidyRow({
        drafter: k === 0 ? '' : 'D',
        prefill_tokens: p,
        decode_tokens: g,
        k,
        alpha,
        measured_rps: fr / c2,
        rate_rps: fr / c2,
        mean_latency_s: (c1 / (1 - fr)) * (1 + (rng ? noise * rng.normal() : 0)),
        source: `p${p}-g${g}-k${k}-a${alpha}.json#${i}`,
      }),
    );
  });
}

describe('coefficientScalingCv', () => {
  it('predicts held-out groups perfectly when the coefficients are exactly linear in their features', () => {
    const rows = LENGTHS.flatMap((p) => LENGTHS.map((g) => ({ p, g }))).flatMap(({ p, g }) => groupRowsFor(p, g, null, 0));
    const r = coefficientScalingCv(rows, { n: 2 });
    expect(r.groups).toHaveLength(16);
    expect(r.failed).toEqual([]);
    expect(r.cv.nCombinations).toBe(120);
    const g = r.groups.find((x) => x.prefill_tokens === 768 && x.decode_tokens === 256)!;
    expect(g.c2_v).toBeCloseTo(sixFor(768, 256)[4], 9);
    for (const name of ['c1_p', 'c1_v', 'c2_p', 'c2_v'] as const) expect(r.r2[name]).toBeCloseTo(1, 6);
  });

  it('loses held-out R^2 when the features are wrong (c2_v on decode length only)', () => {
    const rows = LENGTHS.flatMap((p) => LENGTHS.map((g) => ({ p, g }))).flatMap(({ p, g }) => groupRowsFor(p, g, createRng(p + g), 0.01));
    const right = coefficientScalingCv(rows, { n: 1 });
    const wrong = coefficientScalingCv(rows, { n: 1, features: { c2_v: (l) => l.decode_tokens } });
    expect(right.r2.c2_v).toBeGreaterThan(0.9);
    expect(wrong.r2.c2_v).toBeLessThan(0.5);
    expect(DEFAULT_LENGTH_FEATURES.c2_v({ prefill_tokens: 512, decode_tokens: 128 })).toBe(576);
  });

  it('reuses the pooled coefficients of an earlier call for another n without refitting', () => {
    const rows = LENGTHS.flatMap((p) => LENGTHS.map((g) => ({ p, g }))).flatMap(({ p, g }) => groupRowsFor(p, g, createRng(p * g), 0.01));
    const one = coefficientScalingCv(rows, { n: 1 });
    const again = coefficientScalingCv([], { n: 2, groups: one.groups });
    const direct = coefficientScalingCv(rows, { n: 2 });
    expect(again.groups).toEqual(one.groups);
    // the pooled fits come with the groups they were fitted for, not with precomputed groups
    expect(one.fits.map((f) => f.c2_v)).toEqual(one.groups.map((g) => g.c2_v));
    expect(again.fits).toEqual([]);
    expect(again.failed).toEqual([]);
    expect(again.cv.nCombinations).toBe(120);
    for (const name of ['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d'] as const) expect(again.r2[name]).toBe(direct.r2[name]);
    expect(() => coefficientScalingCv([], { n: 1, groups: [{ ...one.groups[0], c2_v: Number.NaN }] })).toThrow(
      'coefficientScalingCv requires finite options.groups[0].c2_v',
    );
  });

  it('refuses rows of several systems or too few groups', () => {
    const a = groupRowsFor(512, 128, null, 0);
    expect(() => coefficientScalingCv([...a, ...a.map((r) => ({ ...r, verifier: 'W' }))], { n: 1 })).toThrow(
      'coefficientScalingCv requires rows of one verifier, drafter and hardware, got 2',
    );
    expect(() => coefficientScalingCv(a, { n: 1 })).toThrow('coefficientScalingCv requires at least 3 fitted groups, got 1');
  });
});
