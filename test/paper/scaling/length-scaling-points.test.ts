import { describe, expect, it } from 'vitest';
import { lengthScalingPoints } from '../../../lib/paper/scaling/length-scaling-points.js';
import { groupFit, six } from '../fit-stub.js';

describe('lengthScalingPoints', () => {
  it('takes c2_p and c2_v of every fitted SD system, labelled by model', () => {
    const fits = [
      groupFit({ verifier: 'A', drafter: 'EAGLE(A)', hardware: 'H', prefill_tokens: 256, decode_tokens: 512 }, six([1, 2, 3, 4, 5, 6])),
      groupFit({ verifier: 'A', drafter: 'EAGLE(A)', hardware: 'H', prefill_tokens: 512, decode_tokens: 512 }, null),
      groupFit({ verifier: 'A', drafter: '', hardware: 'H', prefill_tokens: 512, decode_tokens: 512 }, six([1, 1, 1, 1, 1, 1])),
      groupFit({ verifier: 'B', drafter: 'EAGLE(B)', hardware: 'H', prefill_tokens: 1024, decode_tokens: 256 }, six([0, 0, 0, 7, 8, 9])),
    ];
    expect(lengthScalingPoints(fits)).toEqual([
      { model: 'A', coefficient: 'c2_p', prefillTokens: 256, decodeTokens: 512, valueS: 4 },
      { model: 'A', coefficient: 'c2_v', prefillTokens: 256, decodeTokens: 512, valueS: 5 },
      { model: 'B', coefficient: 'c2_p', prefillTokens: 1024, decodeTokens: 256, valueS: 7 },
      { model: 'B', coefficient: 'c2_v', prefillTokens: 1024, decodeTokens: 256, valueS: 8 },
    ]);
    expect(lengthScalingPoints(fits.slice(0, 1), { label: () => 'x' })[0].model).toBe('x');
  });

  it('rejects fits not keyed by system', () => {
    expect(() => lengthScalingPoints([groupFit({ verifier: 'A', drafter: 'E' }, six([1, 1, 1, 1, 1, 1]))])).toThrow(
      'lengthScalingPoints requires fits keyed by verifier, prefill_tokens and decode_tokens',
    );
    expect(() => lengthScalingPoints(3 as never)).toThrow('lengthScalingPoints requires an array of group fits');
  });
});
