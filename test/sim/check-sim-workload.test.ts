import { describe, expect, it } from 'vitest';
import { checkSimWorkload } from '../../lib/sim/check-sim-workload.js';
import type { SimWorkload } from '../../lib/sim/sim-run-types.js';
import { fakeSystem } from './fake-system.js';

describe('checkSimWorkload', () => {
  it('returns the conditional acceptance probabilities', () => {
    expect(Array.from(checkSimWorkload('f', fakeSystem(), { prefillTokens: 10, decodeTokens: 10, k: 2, alpha: 0.5 }))).toEqual([0.5, 0.5]);
    expect(checkSimWorkload('f', fakeSystem({ drafterKind: null }), { prefillTokens: 10, decodeTokens: 10, k: 0 }).length).toBe(0);
  });

  it('checks lengths, the drafter and the KV capacity for one request', () => {
    const sys = fakeSystem({ engine: { kvCacheBlocks: 4, blockSize: 16 } });
    expect(() => checkSimWorkload('f', sys, { prefillTokens: 40, decodeTokens: 20, k: 5, alpha: 1 })).toThrow(/^f requires system.engine.kvCacheBlocks >= 5 to hold one request of 65 tokens, got 4/);
    expect(() => checkSimWorkload('f', sys, { prefillTokens: 40, decodeTokens: 20, k: 0 })).not.toThrow();
    expect(() => checkSimWorkload('f', fakeSystem({ drafterKind: 'draft_model', drafterKvCacheBlocks: 2 }), { prefillTokens: 40, decodeTokens: 20, k: 1, alpha: 1 })).toThrow(/drafterKvCacheBlocks >= 4/);
    expect(() => checkSimWorkload('f', sys, { prefillTokens: 0, decodeTokens: 1, k: 0 })).toThrow(/prefillTokens >= 1/);
    expect(() => checkSimWorkload('f', sys, { prefillTokens: 1, decodeTokens: 1, k: 1.5 } as SimWorkload)).toThrow(/integer k >= 0/);
  });
});
