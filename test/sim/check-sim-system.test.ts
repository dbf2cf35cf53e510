import { describe, expect, it } from 'vitest';
import { checkSimSystem } from '../../lib/sim/check-sim-system.js';
import type { SimSystem } from '../../lib/sim/sim-types.js';
import { fakeSystem } from './fake-system.js';

describe('checkSimSystem', () => {
  it('accepts a valid system', () => {
    expect(() => checkSimSystem('f', fakeSystem())).not.toThrow();
    expect(() => checkSimSystem('f', fakeSystem({ drafterKind: 'draft_model', drafterKvCacheBlocks: 100 }))).not.toThrow();
  });

  it('names the first bad field', () => {
    expect(() => checkSimSystem('f', fakeSystem({ engine: { maxNumSeqs: 0 } }))).toThrow(/^f requires system.engine.maxNumSeqs to be an integer >= 1, got 0/);
    expect(() => checkSimSystem('f', fakeSystem({ engine: { blockSize: 1.5 } }))).toThrow(/blockSize/);
    expect(() => checkSimSystem('f', fakeSystem({ engine: { noiseRel: -0.1 } }))).toThrow(/noiseRel to be a finite number >= 0/);
    expect(() => checkSimSystem('f', fakeSystem({ engine: { requestOverheadS: -1 } }))).toThrow(/requestOverheadS to be a finite number >= 0/);
    expect(() => checkSimSystem('f', fakeSystem({ engine: { cudaGraphSizes: [1, 0] } }))).toThrow(/cudaGraphSizes to hold integers >= 1/);
    expect(() => checkSimSystem('f', fakeSystem({ drafterKvCacheBlocks: 0 }))).toThrow(/drafterKvCacheBlocks to be null or an integer >= 1/);
    expect(() => checkSimSystem('f', { ...fakeSystem(), cost: {} } as unknown as SimSystem)).toThrow(/passTimeS to be a function/);
    expect(() => checkSimSystem('f', null as unknown as SimSystem)).toThrow(/system object/);
  });
});
