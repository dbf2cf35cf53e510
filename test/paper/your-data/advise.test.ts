import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMeasurements } from '../../../lib/data/load-measurements.js';
import { effectiveCoefficientsCore } from '../../../lib/model/effective-coefficients.js';
import { eq1LatencyCore } from '../../../lib/model/eq1-latency.js';
import { advise } from '../../../lib/paper/your-data/advise.js';
import { measuredHitRate } from '../../../lib/paper/your-data/measured-hit-rate.js';
import { closedSweep, openSweep } from './synthetic-sweeps.js';

const D = { drafter: 'EAGLE3-test' };
// baseline C1 2 s, C2 0.05; k = 3: 1, 0.075; k = 1: 1.4, 0.06. By hand: L3 = L1 at 0.4 / 0.045 = 8.89 rps,
// L1 = L0 at 0.6 / 0.05 = 12 rps; break-even k = 3: r* = (0.5 - 1) / (0.5 - 1.5) = 0.5 -> 10 rps; k = 1: 0.6 -> 12 rps.
const openRows = () => [
  ...openSweep(2, 0.05, [1, 3, 5, 7, 9, 11, 13, 15], {}),
  ...openSweep(1, 0.075, [1, 3, 5, 7, 9, 11, 12], { ...D, k: 3 }),
  ...openSweep(1.4, 0.06, [1, 3, 5, 7, 9, 11, 13, 15], { ...D, k: 1 }),
];

describe('advise on synthetic sweeps from known coefficients', () => {
  it('open loop: best configuration per load, break-even, capacity, extrapolation', () => {
    const a = advise(openRows(), { loads: [2, 10, 13, 18], sloLatencyS: 3 });
    expect(a.loadKind).toBe('rps');
    expect(a.loads.map((l) => l.best?.label)).toEqual(['EAGLE3-test k=3', 'EAGLE3-test k=1', 'no SD', 'no SD']);
    expect(a.loads.map((l) => l.extrapolated)).toEqual([false, false, false, true]);
    expect(a.loads[0].speedup).toBeCloseTo(2 / (1 - 0.1) / (1 / (1 - 0.15)), 4);
    const be = Object.fromEntries(a.breakEven.map((b) => [b.configuration.k, b.load]));
    expect(be[3]).toBeCloseTo(10, 3);
    expect(be[1]).toBeCloseTo(12, 3);
    const cap = Object.fromEntries(a.capacity.map((c) => [c.configuration.k, c.load]));
    expect(cap[0]).toBeCloseTo((1 - 2 / 3) / 0.05, 3);
    expect(cap[3]).toBeCloseTo((1 - 1 / 3) / 0.075, 3);
    // one drafter at two k, but without alpha or acceptance: no pooled fit, said in a note, no schedule
    expect(a.notes.join(' ')).toContain('EAGLE3-test: no pooled Eq. 3 fit');
    expect(a.schedule).toBeNull();
  });

  it('closed loop: L = C1 + C2 c, break-even concurrency', () => {
    const rows = [...closedSweep(2, 0.02, [1, 8, 16, 32, 64, 96], {}), ...closedSweep(1, 0.04, [1, 8, 16, 32, 64, 96], { drafter: 'D', k: 2 })];
    const a = advise(rows, { loads: [10, 80] });
    expect(a.loadKind).toBe('concurrency');
    expect(a.loads.map((l) => l.best?.k)).toEqual([2, 0]);
    // 2 + 0.02 c = 1 + 0.04 c at c = 50
    expect(a.breakEven[0].load).toBeCloseTo(50, 3);
    expect(a.breakEven[0].sdFasterBelow).toBe(true);
  });

  it('implied baseline, unmeasured k and the vLLM schedule from Eq. 3-consistent sweeps', () => {
    const six = { c1_p: 0.05, c1_v: 0.012, c1_d: 0.001, c2_p: 0.001, c2_v: 0.0004, c2_d: 0.00005 };
    const alpha = 0.8;
    const e = (k: number) => (1 - alpha ** (k + 1)) / (1 - alpha);
    const truth = (k: number) => effectiveCoefficientsCore(six, k, k === 0 ? 1 : e(k), 128);
    const rows = [1, 2, 4, 6].flatMap((k) => {
      const c = truth(k);
      const sat = 1 / c.c2;
      return openSweep(c.c1, c.c2, [0.1, 0.25, 0.4, 0.55, 0.7, 0.85].map((f) => f * sat), { ...D, k, alpha });
    });
    const a = advise(rows, { maxK: 6 });
    expect(a.baseline.source).toBe('implied-baseline');
    expect(a.notes.join(' ')).toContain('implied, not measured');
    expect(a.baseline.c1).toBeCloseTo(truth(0).c1, 2);
    expect(a.baseline.c2).toBeCloseTo(truth(0).c2, 4);
    const pooled = a.configurations.filter((c) => c.source === 'pooled').map((c) => c.k);
    expect(pooled).toEqual([3, 5]);
    expect(a.schedule).not.toBeNull();
    const s = a.schedule!;
    expect(s.ranges[0][0]).toBe(1);
    expect(s.ranges.at(-1)![1]).toBe(256);
    for (let i = 1; i < s.ranges.length; i++) expect(s.ranges[i][0]).toBe(s.ranges[i - 1][1] + 1);
    expect(JSON.parse(s.speculativeConfig)).toMatchObject({ method: 'eagle3', model: 'EAGLE3-test', num_speculative_tokens: s.numSpeculativeTokens });
    // Independent check: in each range, its k is the fastest of k = 0..6 (true coefficients) at the
    // request rate where that k's batch is b (b = x L(x) -> x = b / (C1 + b C2)), away from the edges.
    for (const [lo, hi, k] of s.ranges) {
      for (let b = lo + 1; b < hi; b += Math.max(1, Math.floor((hi - lo) / 7))) {
        const ck = truth(k);
        const x = b / (ck.c1 + b * ck.c2);
        const lat = [0, 1, 2, 3, 4, 5, 6].map((j) => eq1LatencyCore(x, truth(j).c1, truth(j).c2));
        expect(lat.indexOf(Math.min(...lat))).toBe(k);
      }
    }
    expect(s.ranges.map((r) => r[2]).filter((k, i, all) => i > 0 && k > all[i - 1])).toEqual([]); // k never grows with batch here (C2R > 1)
  });
});

describe('advise rejects bad input with one reason', () => {
  const base = () => openSweep(2, 0.05, [1, 3, 5, 7, 9], {});
  const sd = (over = {}) => openSweep(1, 0.075, [1, 3, 5, 7, 9], { ...D, k: 3, ...over });
  it.each([
    ['no rows', () => [], 'advise requires measurement rows, got none'],
    ['a single configuration', () => base(), 'advise requires at least two configurations'],
    ['no baseline', () => [...sd(), ...sd({ drafter: 'other', k: 2 })], 'advise requires a baseline run without speculation (k = 0)'],
    ['different workloads', () => [...base(), ...sd({ decode_tokens: 512 })], 'advise requires one workload; the files hold decode lengths 128, 512 tokens'],
    ['different hardware', () => [...base(), ...sd({ hardware: 'H100' })], 'advise requires one hardware; the files hold 2: H, H100'],
    ['different verifiers', () => [...base(), ...sd({ verifier: 'W' })], 'advise requires one verifier'],
    ['too few points', () => [...base().slice(0, 2), ...sd()], 'advise requires every configuration to fit Eq. 1; drafter= k=0 alpha=null: fitEq1 requires at least 3 points'],
  ])('%s', (_name, rows, message) => {
    expect(() => advise(rows())).toThrow(message);
  });
});

describe('advise on real data', () => {
  it('MagicDec closed-loop batch latencies (committed fixture): SD named fastest at every measured batch, as measured', async () => {
    const rows = await loadMeasurements('test/fixtures/advise/magicdec-batch-latency.tidy.csv');
    const a = advise(rows);
    expect(a.loadKind).toBe('concurrency');
    const h = measuredHitRate(a);
    expect(h.n).toBe(4);
    expect(h.rows.map((r) => r.measuredBest)).toEqual(h.rows.map(() => 'TinyLlama-1.1B k=3'));
    expect(h.hits).toBe(4);
    // batches 32..128 were measured: 1 and 200 are extrapolations, 64 is not
    expect(advise(rows, { loads: [1, 64, 200] }).loads.map((l) => l.extrapolated)).toEqual([true, false, true]);
  });

  const dir = 'data/speculators-scaling';
  it.skipIf(!existsSync(dir))('speculators-scaling Qwen3-8B at alpha 0.8: implied baseline, pooled k, schedule, hit rate', async () => {
    const rows = (await loadMeasurements(dir)).filter((r) => r.verifier === 'Qwen3-8B' && r.alpha === 0.8);
    const a = advise(rows);
    expect(a.baseline.source).toBe('implied-baseline');
    expect(a.configurations.filter((c) => c.source === 'pooled').map((c) => c.k)).toEqual([7, 9]);
    expect(a.schedule?.drafter).toBe('EAGLE(Qwen3-8B)');
    const h = measuredHitRate(a);
    expect(h.n).toBeGreaterThan(30);
    expect(h.withinNoise / h.n).toBeGreaterThan(0.9);
  });
});
