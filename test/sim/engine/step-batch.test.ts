import { describe, expect, it } from 'vitest';
import { StepBatch } from '../../../lib/sim/engine/step-batch.js';

describe('StepBatch', () => {
  it('appends sequences column-wise; a prefill chunk commits one token only when it completes the context', () => {
    const b = new StepBatch(4);
    b.add(7, 256, 0, true, 0, 128, 512); // first half of a 512-token prompt
    b.add(8, 256, 0, true, 256, 128, 512); // second half: samples the first token
    b.add(9, 4, 3, false, 600, 50, 512); // decode verifying 3 drafts
    expect(b.size).toBe(3);
    expect(Array.from(b.id.subarray(0, 3))).toEqual([7, 8, 9]);
    expect(Array.from(b.committed.subarray(0, 3))).toEqual([0, 1, 0]);
    expect(Array.from(b.prefill.subarray(0, 3))).toEqual([1, 1, 0]);
    expect(Array.from(b.drafts.subarray(0, 3))).toEqual([0, 0, 3]);
    expect(b.ctx[2]).toBe(600);
    expect(b.left[2]).toBe(50);
    b.size = 0; // reused for the next step
    b.add(1, 1, 0, false, 10, 5, 10);
    expect(b.id[0]).toBe(1);
    expect(b.committed[0]).toBe(0);
  });
});
