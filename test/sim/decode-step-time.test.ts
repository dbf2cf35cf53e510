import { describe, expect, it } from 'vitest';
import { decodeStepTimeS } from '../../lib/sim/decode-step-time.js';
import type { ForwardPass } from '../../lib/sim/sim-types.js';
import { DEFAULT_FAKE_COST, DEFAULT_FAKE_ENGINE, fakeSystem } from './fake-system.js';

const { a, b, c, ad, bd } = DEFAULT_FAKE_COST;
const OVH = DEFAULT_FAKE_ENGINE.stepOverheadS + DEFAULT_FAKE_ENGINE.specOverheadS;

describe('decodeStepTimeS', () => {
  it('prices one verification step as the engine does: padded verifier pass over k + 1 tokens per sequence, then k drafter passes over the batch', () => {
    const record: ForwardPass[] = [];
    // noise on: the step time must still be the noise-free one
    const t = decodeStepTimeS(fakeSystem({ record, engine: { noiseRel: 0.05 } }), 3, 2, 100);
    expect(record.map((p) => [p.role, p.seqs.length, p.paddedTokens])).toEqual([
      ['verifier', 3, 16], // 9 tokens padded to the CUDA graph of 16
      ['drafter', 3, 16], // the 3 committed tokens of each sequence
      ['drafter', 3, 4],
    ]);
    const expected = a + b * 16 + c * 3 * (100 + 3) + (ad + bd * 16) + (ad + bd * 4) + OVH;
    expect(t).toBeCloseTo(expected, 14);
  });

  it('without speculation: one token per sequence, no drafter pass, no speculative overhead', () => {
    const record: ForwardPass[] = [];
    const t = decodeStepTimeS(fakeSystem({ record, drafterKind: null }), 5, 0, 40);
    expect(record).toHaveLength(1);
    expect(t).toBeCloseTo(a + b * 8 + c * 5 * 41 + DEFAULT_FAKE_ENGINE.stepOverheadS, 14);
  });

  it('names bad inputs', () => {
    const sys = fakeSystem();
    expect(() => decodeStepTimeS(sys, 0, 1, 10)).toThrow('decodeStepTimeS requires an integer batch in 1..256');
    expect(() => decodeStepTimeS(sys, 2, -1, 10)).toThrow('integer k >= 0');
    expect(() => decodeStepTimeS(sys, 2, 1, Number.NaN)).toThrow('contextTokens >= 0');
    expect(() => decodeStepTimeS(fakeSystem({ drafterKind: null }), 2, 1, 10)).toThrow('requires a drafter for k = 1');
    expect(() => decodeStepTimeS(null as never, 2, 1, 10)).toThrow('requires a simulated system');
  });
});
