import { describe, expect, it } from 'vitest';
import { tailClaimVerdict } from '../../../lib/paper/tails/tail-claims.js';
import type { TailFit, TailStatistic } from '../../../lib/paper/tails/tail-fits.js';

function tail(statistic: TailStatistic, refitR2: number | null, scaledR2 = 0.9): TailFit {
  return {
    key: {}, label: 'x', statistic, n: 8,
    refit: refitR2 === null ? null : { c1: 1, c2: 0.1, r2: refitR2, mapePct: 2 },
    refitError: refitR2 === null ? 'failed' : null,
    scaled: { factor: 1.2, r2: scaledR2, mapePct: 3 },
    unscaled: { r2: 0.5, mapePct: 15 },
  };
}
const claim = { method: 'refit' as const, minMedianR2: 0.97 };

describe('tailClaimVerdict', () => {
  it('holds when the median R² reaches the bar at p95 and p99, with the numbers in the evidence', () => {
    const r = tailClaimVerdict([tail('p95', 0.99), tail('p95', 0.96), tail('p95', 0.98), tail('p99', 0.975), tail('p99', null)], claim, 'the real data');
    expect(r.verdict).toBe('holds');
    expect(r.evidence).toBe(
      'Eq. 1 refitted to each percentile on the real data: p95 median R² 0.98, median MAPE 2% over 3 configurations (66.7% of them at R² ≥ 0.97); ' +
        "p99 median R² 0.975, median MAPE 2% over 1 configurations (100% of them at R² ≥ 0.97); 2 of the claim's 2 percentiles reach a median R² ≥ 0.97.",
    );
  });

  it('is partly or fails by the percentiles that reach the bar, judges the scaled model when asked, and is partly with one percentile unfitted', () => {
    expect(tailClaimVerdict([tail('p95', 0.99), tail('p99', 0.9)], claim, 'x').verdict).toBe('partly');
    expect(tailClaimVerdict([tail('p95', 0.9), tail('p99', 0.9)], claim, 'x').verdict).toBe('fails');
    expect(tailClaimVerdict([tail('p95', 0.9, 0.99), tail('p99', 0.9, 0.98)], { method: 'scaled', minMedianR2: 0.97 }, 'x').verdict).toBe('holds');
    const one = tailClaimVerdict([tail('p50', 0.99), tail('p99', 0.99)], claim, 'x');
    expect(one.verdict).toBe('partly');
    expect(one.evidence).toMatch(/1 of the claim's 2 percentiles reach .*, 1 was not fitted/);
  });

  it('is untestable when neither p95 nor p99 was fitted, and rejects an unknown method', () => {
    expect(tailClaimVerdict([tail('p50', 0.99)], claim, 'x').verdict).toBe('untestable');
    expect(() => tailClaimVerdict([], { method: 'both' as never, minMedianR2: 0.97 }, 'x')).toThrow(/^tailClaimVerdict requires claim.method/);
  });
});
