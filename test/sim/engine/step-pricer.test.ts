import { describe, expect, it } from 'vitest';
import { StepBatch } from '../../../lib/sim/engine/step-batch.js';
import { StepPricer } from '../../../lib/sim/engine/step-pricer.js';
import type { ForwardPass } from '../../../lib/sim/sim-types.js';
import { createRng } from '../../../lib/random/create-rng.js';
import { DEFAULT_FAKE_COST, DEFAULT_FAKE_ENGINE, fakeSystem } from '../fake-system.js';

const { a, b, c, ad, bd } = DEFAULT_FAKE_COST;
const OVH = DEFAULT_FAKE_ENGINE.stepOverheadS + DEFAULT_FAKE_ENGINE.specOverheadS;
const streams = () => ({ accept: createRng(1), cost: createRng(2), noise: createRng(3) });

describe('StepPricer', () => {
  it('alpha = 1: a decode commits all its drafts; verifier + drafter passes 1..k priced and summed', () => {
    const record: ForwardPass[] = [];
    const pricer = new StepPricer(fakeSystem({ record }), 3, new Float64Array([1, 1, 1]), streams());
    const batch = new StepBatch(4);
    batch.add(0, 4, 3, false, 600, 100, 512); // verify 3 drafts at context 600
    const dur = pricer.price(batch);
    expect(batch.committed[0]).toBe(4);
    expect(batch.next[0]).toBe(3);
    expect(pricer.drafterPasses).toBe(3);
    expect(pricer.scheduledTokens).toBe(4);
    expect(record.map((p) => [p.role, p.paddedTokens, p.seqs[0].queryTokens, p.seqs[0].contextTokens])).toEqual([
      ['verifier', 4, 4, 600],
      ['drafter', 4, 4, 600], // the 4 committed tokens
      ['drafter', 1, 1, 604],
      ['drafter', 1, 1, 605],
    ]);
    const expected = a + b * 4 + c * 604 + (ad + bd * 4) + 2 * (ad + bd * 1) + OVH;
    expect(dur).toBeCloseTo(expected, 14);
  });

  it('alpha = 0 commits one token; a request that finishes joins no drafter pass; a mid-prompt chunk drafts nothing', () => {
    const record: ForwardPass[] = [];
    const pricer = new StepPricer(fakeSystem({ record }), 2, new Float64Array([0, 0]), streams());
    const batch = new StepBatch(4);
    batch.add(0, 3, 2, false, 50, 1, 40); // last token: finishes
    batch.add(1, 100, 0, true, 0, 10, 200); // first half of its prompt
    pricer.price(batch);
    expect(Array.from(batch.committed.subarray(0, 2))).toEqual([1, 0]);
    expect(Array.from(batch.next.subarray(0, 2))).toEqual([-1, 0]);
    // a pass holding a prefill chunk runs eagerly (no padding): verifier 103 tokens, drafter over the chunk
    expect(record.map((p) => [p.role, p.paddedTokens, p.seqs.length])).toEqual([
      ['verifier', 103, 2],
      ['drafter', 100, 1],
    ]);
    expect(pricer.drafterPasses).toBe(1);
  });

  it('plain decoding runs only the verifier, decode-only passes padded to the CUDA graphs', () => {
    const record: ForwardPass[] = [];
    const pricer = new StepPricer(fakeSystem({ record, drafterKind: null }), 0, new Float64Array(0), streams());
    const batch = new StepBatch(4);
    for (let i = 0; i < 3; i++) batch.add(i, 1, 0, false, 10, 5, 10);
    const dur = pricer.price(batch);
    expect(record.map((p) => [p.role, p.paddedTokens])).toEqual([['verifier', 4]]);
    expect(dur).toBeCloseTo(a + b * 4 + c * 33 + DEFAULT_FAKE_ENGINE.stepOverheadS, 14);
  });
});
