import { describe, expect, it } from 'vitest';
import { sdRecommendations } from '../../../lib/paper/speedup/sd-recommendations.js';

// g = 1, alpha = 0.5. Baseline (k = 0): C1 = 1, C2 = 1 (capacity 1 request/s).
// k = 1: C1 = 1.1 / 1.5 = 0.7333, C2 = (1 + 1) / 1.5 = 1.3333; k = 2: C1 = 1.2 / 1.75 = 0.6857, C2 = 3 / 1.75 = 1.7143.
const six = { c1_p: 0, c1_v: 1, c1_d: 0.1, c2_p: 0, c2_v: 1, c2_d: 1 };

describe('sdRecommendations', () => {
  const { rows, text } = sdRecommendations(six, { alpha: 0.5, ks: [2, 1], decodeTokens: 1, utilisations: [0, 0.2, 0.7], system: 'test system' });

  it('picks the fastest option per load, including no speculation', () => {
    expect(rows[0]).toMatchObject({ utilisation: 0, rps: 0, bestK: 2, bestSdK: 2 });
    expect(rows[0].speedup).toBeCloseTo(1.75 / 1.2, 12);
    // r = 0.2: base 1 / 0.8 = 1.25; k1 0.7333 / (1 - 0.26667) = 1.0; k2 0.6857 / (1 - 0.34286) = 1.0435 -> k = 1.
    expect(rows[1].bestK).toBe(1);
    expect(rows[1].sdLatencyS).toBeCloseTo(1.1 / 1.5 / (1 - 0.2 * (2 / 1.5)), 12);
    expect(rows[1].speedup).toBeCloseTo(1.25 / (1.1 / 1.5 / (1 - 0.2 * (2 / 1.5))), 12);
    // r = 0.7: base 1 / 0.3 = 3.33; k1 0.7333 / (1 - 0.9333) = 11; k2 saturated -> no SD.
    expect(rows[2]).toMatchObject({ bestK: 0, bestSdK: 1 });
    expect(rows[2].speedup).toBeCloseTo(1 / 0.3 / (1.1 / 1.5 / (1 - 0.7 * (2 / 1.5))), 12);
  });

  it('says it in one sentence per load', () => {
    expect(text).toContain('With α = 0.5 on test system');
    expect(text).toContain('- at zero load: run SD with k = 2, predicted 1.46× faster than no SD');
    expect(text).toContain("- at 0.7 requests/s (70% of the baseline's capacity): do not speculate; the best k = 1 would be 0.303×");
  });

  it('marks loads above the highest measured rate as extrapolations', () => {
    const marked = sdRecommendations(six, { alpha: 0.5, ks: [1, 2], decodeTokens: 1, utilisations: [0.2, 0.7], measuredMaxRps: 0.5 }).text;
    expect(marked).toContain("- at 0.2 requests/s (20% of the baseline's capacity): run SD with k = 1");
    expect(marked).toContain("- at 0.7 requests/s (70% of the baseline's capacity, above the highest measured rate 0.5 requests/s: an extrapolation): do not speculate");
    expect(() => sdRecommendations(six, { alpha: 0.5, ks: [1], decodeTokens: 1, measuredMaxRps: 0 })).toThrow('sdRecommendations requires options.measuredMaxRps to be a positive number');
  });

  it('rejects bad input', () => {
    expect(() => sdRecommendations(six, { alpha: 0.5, ks: [0], decodeTokens: 1 })).toThrow('sdRecommendations requires options.ks to be integers >= 1');
    expect(() => sdRecommendations(six, { alpha: 0.5, ks: [1], decodeTokens: 1, utilisations: [1] })).toThrow('sdRecommendations requires options.utilisations in [0, 1)');
    expect(() => sdRecommendations({ ...six, c2_v: 0 }, { alpha: 0.5, ks: [1], decodeTokens: 1 })).toThrow('sdRecommendations requires a baseline with C1_D > 0 and C2_D > 0');
  });
});
