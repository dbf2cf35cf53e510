import { describe, expect, it } from 'vitest';
import { scalingPoints } from '../../../lib/paper/scaling/scaling-points.js';
import { groupFit, six } from '../fit-stub.js';

const SIZES: Record<string, number> = { A: 2, B: 8, 'EAGLE(A)': 0.1, 'EAGLE(B)': 0.4, D: 1 };
const sizeOf = (name: string): number => SIZES[name];

describe('scalingPoints', () => {
  const fits = [
    groupFit({ verifier: 'A', drafter: 'EAGLE(A)', hardware: 'H' }, six([1, 2, 3, 4, 5, 6])),
    groupFit({ verifier: 'B', drafter: '', hardware: 'H' }, six([9, 9, 9, 9, 9, 9])),
    groupFit({ verifier: 'B', drafter: 'EAGLE(B)', hardware: 'H' }, null),
    groupFit({ verifier: 'B', drafter: 'D', hardware: 'H' }, six([10, 20, 30, 40, 50, 60])),
  ];

  it('puts verifier coefficients at the verifier size and drafter coefficients at the drafter size', () => {
    const pts = scalingPoints(fits, { sizeOf });
    expect(pts).toHaveLength(12);
    expect(pts.filter((p) => p.label === 'A')).toEqual([
      { coefficient: 'c1_p', paramsB: 2, valueS: 1, label: 'A' },
      { coefficient: 'c1_v', paramsB: 2, valueS: 2, label: 'A' },
      { coefficient: 'c2_p', paramsB: 2, valueS: 4, label: 'A' },
      { coefficient: 'c2_v', paramsB: 2, valueS: 5, label: 'A' },
      { coefficient: 'c1_d', paramsB: 0.1, valueS: 3, label: 'A' },
      { coefficient: 'c2_d', paramsB: 0.1, valueS: 6, label: 'A' },
    ]);
    expect(pts.find((p) => p.label === 'B + D' && p.coefficient === 'c2_d')).toEqual({ coefficient: 'c2_d', paramsB: 1, valueS: 60, label: 'B + D' });
  });

  it('skips failed fits and baseline-only groups, and uses the spec sizes by default', () => {
    const real = scalingPoints([groupFit({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)' }, six([1, 1, 1, 1, 1, 1]))]);
    expect(real.find((p) => p.coefficient === 'c1_v')!.paramsB).toBeCloseTo(8.19, 2);
    expect(real.find((p) => p.coefficient === 'c1_d')!.paramsB).toBeCloseTo(0.849, 3);
  });

  it('divides both sizes by the GPU count of the hardware label when perGpu is set', () => {
    const tp = [groupFit({ verifier: 'B', drafter: 'D', hardware: 'A100-80GBx4' }, six([1, 1, 1, 1, 1, 1])), fits[0]];
    const pts = scalingPoints(tp, { sizeOf, perGpu: true });
    expect(pts.find((p) => p.label === 'B + D' && p.coefficient === 'c1_v')!.paramsB).toBe(2); // 8 / 4
    expect(pts.find((p) => p.label === 'B + D' && p.coefficient === 'c1_d')!.paramsB).toBe(0.25); // 1 / 4
    expect(pts.find((p) => p.label === 'A' && p.coefficient === 'c1_v')!.paramsB).toBe(2); // hardware 'H': one GPU
    expect(scalingPoints(tp, { sizeOf }).find((p) => p.label === 'B + D' && p.coefficient === 'c1_v')!.paramsB).toBe(8);
  });

  it('accepts a custom label', () => {
    expect(scalingPoints(fits.slice(0, 1), { sizeOf, label: (k) => `model ${String(k.verifier)}` })[0].label).toBe('model A');
  });

  it('rejects keys without verifier and drafter and non-positive sizes', () => {
    expect(() => scalingPoints([groupFit({ prefill_tokens: 512 }, six([1, 1, 1, 1, 1, 1]))], { sizeOf })).toThrow(
      'scalingPoints requires fits keyed by verifier and drafter',
    );
    expect(() => scalingPoints(fits, { sizeOf: () => 0 })).toThrow("scalingPoints requires a positive size for verifier 'A', got 0");
    expect(() => scalingPoints({} as never)).toThrow('scalingPoints requires an array of group fits');
  });
});
