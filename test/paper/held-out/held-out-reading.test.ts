import { describe, expect, it } from 'vitest';
import { c2pDecodeFits, heldOutReading } from '../../../lib/paper/held-out/held-out-reading.js';
import type { HeldOutResult } from '../../../lib/paper/held-out/cross-validation-section.js';
import type { HeldOutData } from '../../../lib/paper/held-out/load-held-out-data.js';
import type { HeldOutModelClaim } from '../../../lib/paper/held-out/held-out-claims.js';
import type { HeldOutGroups } from '../../../lib/paper/held-out/held-out-r2-rows.js';
import type { Params } from '../../../lib/paper/held-out/params.js';

const P = { threshold: 0.97, minParamsB: 8, largeMapePct: 10, completedRatioMin: 0.95, decodeWeight: 0.5, settings: { alpha: [null, 0.5], k: [0, 1, 3, 8] } } as unknown as Params;
const LENGTHS = [256, 512, 768, 1024].flatMap((p) => [256, 512, 1024].map((g) => ({ p, g })));

const model = (name: string, pass: boolean, mape: number, large = true): HeldOutModelClaim => ({
  model: name,
  size: large ? 14 : 1,
  mins: [
    { c: 'c2_p', min: pass ? 0.99 : 0.5, maxMape: mape },
    { c: 'c2_v', min: pass ? 0.98 : 0.6, maxMape: 2 },
  ],
  pass,
  large,
});

/** Pooled c2_p per length group: c2_p = 0.01 + 1e-5·p + slope·g, with a small wobble so the fit has residuals. */
const groups = (name: string, slope: number, source = ''): HeldOutGroups => ({
  model: name,
  source,
  fits: [],
  groups: LENGTHS.map(({ p, g }, i) => ({ prefill_tokens: p, decode_tokens: g, label: `${p}/${g}`, c1_p: 0, c1_v: 0, c1_d: 0, c2_v: 0, c2_d: 0, c2_p: 0.01 + 1e-5 * p + slope * g + 1e-6 * (i % 3) })),
});

function result(models: HeldOutModelClaim[], c2p: HeldOutModelClaim[], gs: HeldOutGroups[]): HeldOutResult {
  const claims = { text: '', large: [], largePassing: [], small: [], smallPassing: [], models };
  return { cv: { rows: [], runs: [], groups: gs, text: '' }, claims, c2pClaims: { ...claims, models: c2p } };
}

const coverage = (longRatio: number) =>
  [256, 512, 1024].map((g) => ({ model: 'A', decodeTokens: g, sweeps: 1, medianUtilisation: 0.5, medianCompletedRatio: g === 1024 ? longRatio : 0.98, minCompletedRatio: 0.5, maxLatencyS: 1 }));
const data = (windowS: number[]) =>
  ({ nPairs: 12, nShortPairs: 8, rows: LENGTHS.map(({ p, g }) => ({ prefill_tokens: p, decode_tokens: g })), shortRows: [{ decode_tokens: 256 }, { decode_tokens: 512 }], window: { medianS: windowS[0], minS: Math.min(...windowS), maxS: Math.max(...windowS), text: 'the 90-s window', n: 1 } }) as unknown as HeldOutData;

describe('c2pDecodeFits', () => {
  it('finds c2_p falling with the decode length, and not where it does not depend on it', () => {
    const fits = c2pDecodeFits([groups('A', -2e-6), groups('B', 0)]);
    expect(fits.map((f) => [f.model, !f.referenceInside && f.decodeSlope < 0])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });
});

describe('heldOutReading', () => {
  it('says the claim reproduces, with no explanation, when every large system passes', () => {
    const full = { ...result([model('A', true, 3), model('small', false, 30, false)], [], [groups('A', -2e-6)]), coverage: coverage(0.8) };
    const text = heldOutReading(data([90]), full, result([], [], []), P);
    expect(text).toBe('**Reading.** Fig. 7 reproduces on these data: every one of the 1 system(s) of 8B and up reaches a held-out R² of 0.97 for c2_p and c2_v at every n.');
  });

  it('explains a failure with the decode dependence of c2_p and the requests lost to the window, when both show', () => {
    const full = { ...result([model('A', false, 25), model('B', true, 3)], [model('A', false, 25)], [groups('A', -2e-6), groups('B', 0)]), coverage: coverage(0.87) };
    const short = result([model('A', false, 5)], [model('A', true, 5)], []);
    const text = heldOutReading(data([90, 90]), full, short, P);
    expect(text).toContain('**Fig. 7 reproduces only in part on these data**: 1 of 2 system(s) of 8B and up');
    expect(text).toContain('For 1 of the 1 that miss, a coefficient misses its held-out values by more than 10% (held-out MAPE up to 25%)');
    expect(text).toContain('c2_p shrinks as the decode length grows for 1 of 2 system(s) of 8B and up');
    expect(text).toContain('at decode 1024 the sweeps complete a median 87% of the requests sent inside the 90-s window (98% at decode 256');
    expect(text).toContain('1 for c2_p alone (0 on the whole grid): A.');
    expect(text).toContain('Every benchmark of these data measured for 90 s');
  });

  it('gives neither cause when the numbers show neither, and no window sentence when the windows differ', () => {
    const full = { ...result([model('A', false, 4)], [], [groups('A', 0)]), coverage: coverage(0.99) };
    const text = heldOutReading(data([60, 300]), full, result([], [], []), P);
    expect(text).toContain('Their held-out MAPE stays within 10%');
    expect(text).toContain('**Why:** neither a decode dependence of c2_p, requests lost to the benchmark window nor a step cost that turns up with the batch shows');
    expect(text).toContain('**Not the benchmark window:** the kept constant-rate benchmarks complete a median 99% of the requests sent at decode 1024 (98% at decode 256) inside the 90-s window');
    expect(text).not.toContain('c2_p shrinks');
    expect(text).not.toContain('Every benchmark');
  });

  it("names the simulator's step-cost knee, with its numbers, for a failing system of the simulated data set", () => {
    // one pooled fit whose residuals are negative at small and large batches and positive between
    const pt = (x: number, latencyS: number, k: number, err: number) => ({ index: 0, source: 's', kind: 'open' as const, x, latencyS, predictedS: latencyS * (1 + err), k, expectedTokens: 2, decodeTokens: 256 });
    const fit = { points: [pt(0.5, 10, 1, -0.05), pt(2, 20, 1, 0.03), pt(20, 20, 1, -0.04)] } as never;
    const g = { ...groups('Qwen3-8B', 0, 'sim:qwen3-8b@a100-80gb:seed=5'), fits: [fit] };
    const full = { ...result([model('Qwen3-8B', false, 4)], [], [g]), coverage: coverage(1) };
    const text = heldOutReading(data([60, 300]), full, result([], [], []), P);
    expect(text).toContain('**The simulated step cost is not linear in the batch**');
    // the grid's median k (of 1, 3, 8) and its context range p + 0.5 g: 256 + 128 .. 1024 + 512
    expect(text).toContain('one decode step at k = 3, every draft accepted, 960 tokens of context');
    expect(text).toMatch(/an added sequence costs [\d.]+ ms from 1 to 2 sequences but [\d.]+ ms from 64 to 128, [\d.]+ times as much, turning up from 16 sequences on for 1 of the 1 system\(s\)/);
    expect(text).toContain('p + 0.5·g from 384 to 1536 tokens');
    expect(text).toContain('(B from Little\'s law × (k + 1)): -5.0% at 0–16, +3.0% at 32–128, -4.0% at 256 and more (too low at the smallest and largest batches, too high in between)');
    expect(text).not.toContain('**Why:** neither');
  });
});
