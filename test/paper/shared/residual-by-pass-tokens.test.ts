import { describe, expect, it } from 'vitest';
import { residualByPassTokens } from '../../../lib/paper/shared/residual-by-pass-tokens.js';
import type { SdFit } from '../../../lib/fit/fit-sd.js';

const point = (kind: 'open' | 'closed', x: number, latencyS: number, k: number, predictedS: number) => ({ index: 0, source: 's', kind, x, latencyS, predictedS, k, expectedTokens: 1, decodeTokens: 64 });
const fit = (points: ReturnType<typeof point>[]): SdFit => ({ points }) as unknown as SdFit;

describe('residualByPassTokens', () => {
  it("bins points by Little's batch x (k + 1) tokens and averages their relative residuals", () => {
    const a = fit([
      point('open', 1, 2, 1, 1.8), // B 2 x 2 tokens = 4: -10%
      point('open', 2, 5, 3, 5.5), // B 10 x 4 = 40: +10%
    ]);
    const b = fit([
      point('closed', 8, 4, 0, 4.2), // concurrency 8 x 1 = 8: +5%
      point('open', 10, 30, 2, 27), // B 300 x 3 = 900: -10%
    ]);
    const bands = residualByPassTokens([a, b], [0, 16, 128, Infinity]);
    expect(bands.map((x) => [x.fromTokens, x.toTokens, x.n])).toEqual([
      [0, 16, 2],
      [16, 128, 1],
      [128, Infinity, 1],
    ]);
    expect(bands[0].meanPct).toBeCloseTo(-2.5, 12);
    expect(bands[1].meanPct).toBeCloseTo(10, 12);
    expect(bands[2].meanPct).toBeCloseTo(-10, 12);
  });

  it('leaves empty bands at NaN and rejects bad edges', () => {
    expect(Number.isNaN(residualByPassTokens([], [0, 1])[0].meanPct)).toBe(true);
    expect(() => residualByPassTokens([], [0])).toThrow('residualByPassTokens requires at least two increasing band edges');
    expect(() => residualByPassTokens([], [0, 5, 5])).toThrow('increasing band edges');
    expect(() => residualByPassTokens(null as never, [0, 1])).toThrow('requires an array of pooled fits');
  });
});
