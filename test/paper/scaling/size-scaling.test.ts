import { describe, expect, it } from 'vitest';
import { sizeScaling } from '../../../lib/paper/scaling/size-scaling.js';
import { groupFit, six } from '../fit-stub.js';

// Spec sizes (parameterCountB, from the Hugging Face configs): Qwen3-8B 8.190427136 B, Qwen3-32B 32.7614464 B. Coefficients exactly proportional to the
// verifier's size for c1_v (2 ms per billion), so its proportional fit is exact.
describe('sizeScaling', () => {
  const fits = [
    groupFit({ verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB' }, six([0.05, 0, 0.001, 0.03, 0.0002, 0.0001])),
    groupFit({ verifier: 'Qwen3-32B', drafter: 'EAGLE(Qwen3-32B)', hardware: 'A100-80GB' }, six([0.05, 0, 0.002, 0.12, 0.0008, 0.0002])),
  ];
  fits[0].fit!.c1_v = 0.002 * 8.190427136;
  fits[1].fit!.c1_v = 0.002 * 32.7614464;

  it('chains points, both line fits and the claims', () => {
    const s = sizeScaling(fits, { dataLabel: 'test data' });
    expect(s.points).toHaveLength(12);
    const c1v = s.proportional.find((f) => f.coefficient === 'c1_v')!;
    expect(c1v.slope).toBeCloseTo(0.002, 12);
    expect(c1v.r2).toBeCloseTo(1, 9);
    expect(s.claims.text).toContain('On test data');
    expect(s.claims.verdicts.find((v) => v.coefficient === 'c1_v')!.verdict).toBe('proportional');
    // Six proportional lines; lines with an intercept need three models, so two models give none.
    expect(s.linear).toHaveLength(0);
    expect(s.tableRows).toHaveLength(6);
    expect(s.tableRows[1]).toEqual({ data: 'test data', ...c1v });
    expect(sizeScaling(fits, { dataLabel: 'x', tableLabel: 'sim, 512/128' }).tableRows.every((r) => r.data === 'sim, 512/128')).toBe(true);
  });

  it('passes perGpu on to the sizes', () => {
    const tp = [groupFit({ verifier: 'Qwen3-32B', drafter: 'EAGLE(Qwen3-32B)', hardware: 'A100-80GBx4' }, fits[1].fit), fits[0]];
    const whole = sizeScaling(tp, { dataLabel: 'd' }).points.find((p) => p.coefficient === 'c1_v')!.paramsB;
    const perGpu = sizeScaling(tp, { dataLabel: 'd', perGpu: true }).points.find((p) => p.coefficient === 'c1_v')!.paramsB;
    expect(perGpu).toBeCloseTo(whole / 4, 12);
  });
});
