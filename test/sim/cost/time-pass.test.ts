import { describe, expect, it } from 'vitest';
import { createRng } from '../../../lib/random/create-rng.js';
import { createRooflineStepCost } from '../../../lib/sim/cost/roofline-step-cost.js';
import { timePass } from '../../../lib/sim/cost/time-pass.js';
import type { ForwardPass, StepCostModel } from '../../../lib/sim/sim-types.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

describe('timePass', () => {
  it('hands the pass to passTimeS as arrays and returns its time', () => {
    const seen: unknown[] = [];
    const model: StepCostModel = {
      passTimeS(role, n, q, c, padded) {
        seen.push([role, n, Array.from(q), Array.from(c), padded]);
        return 0.25;
      },
    };
    const pass: ForwardPass = { role: 'drafter', seqs: [{ queryTokens: 2, contextTokens: 10 }, { queryTokens: 1, contextTokens: 7 }], paddedTokens: 4 };
    expect(timePass(model, pass, createRng(1))).toBe(0.25);
    expect(seen).toEqual([['drafter', 2, [2, 1], [10, 7], 4]]);
  });

  it('equals the roofline terms time of the same pass (MoE: same routing draws)', () => {
    const cost = createRooflineStepCost(getSystemSpec('qwen3-30b-a3b@a100-80gb'));
    const pass: ForwardPass = { role: 'verifier', seqs: [{ queryTokens: 4, contextTokens: 600 }, { queryTokens: 300, contextTokens: 0 }], paddedTokens: 304 };
    expect(timePass(cost, pass, createRng(3))).toBe(cost.passCost(pass, createRng(3)).timeS);
  });

  it('checks the pass and the model', () => {
    const model: StepCostModel = { passTimeS: () => 1 };
    expect(() => timePass(model, { role: 'verifier', seqs: [], paddedTokens: 0 }, createRng(1))).toThrow('timePass requires a pass with at least one sequence');
    expect(() => timePass({} as StepCostModel, { role: 'verifier', seqs: [{ queryTokens: 1, contextTokens: 0 }], paddedTokens: 1 }, createRng(1))).toThrow(
      'timePass requires a cost model with a passTimeS function',
    );
  });
});
