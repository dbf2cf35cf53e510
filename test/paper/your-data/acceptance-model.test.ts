import { describe, expect, it } from 'vitest';
import { acceptanceModel } from '../../../lib/paper/your-data/acceptance-model.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

describe('acceptanceModel', () => {
  it("prefers vLLM's per-position rates, extrapolating beyond the measured positions", () => {
    const rows = [
      tidyRow({ drafter: 'E', k: 3, acceptance_rate_pos_1: 0.8, acceptance_rate_pos_2: 0.6, acceptance_rate_pos_3: 0.45, acceptance_length: 2.85 }),
      tidyRow({ drafter: 'E', k: 2, acceptance_rate_pos_1: 0.8, acceptance_rate_pos_2: 0.6, acceptance_length: 2.4 }),
    ];
    const m = acceptanceModel(rows)!;
    expect(m.kind).toBe('per-position');
    expect(m.expectedTokens(0)).toBe(1);
    expect(m.expectedTokens(2)).toBeCloseTo(2.4, 12);
    // positions 4 and 5 keep q = 0.45 / 0.6 = 0.75: 0.3375, 0.253125
    expect(m.expectedTokens(5)).toBeCloseTo(1 + 0.8 + 0.6 + 0.45 + 0.3375 + 0.253125, 12);
    expect(m.description).toContain('positions beyond 3');
  });
  it('uses the forced alpha, else an alpha solved from the acceptance length, else nothing', () => {
    expect(acceptanceModel([tidyRow({ drafter: 'E', k: 2, alpha: 0.5 })])!.expectedTokens(2)).toBeCloseTo(1.75, 12);
    const solved = acceptanceModel([tidyRow({ drafter: 'E', k: 2, acceptance_length: 1.75 })])!;
    expect(solved.kind).toBe('acceptance-length');
    expect(solved.alpha).toBeCloseTo(0.5, 9);
    expect(acceptanceModel([tidyRow({ drafter: 'E', k: 2 })])).toBeNull();
  });
});
