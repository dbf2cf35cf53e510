import { describe, expect, it } from 'vitest';
import { closedLoopVerdict } from '../../../lib/paper/reality-check/reality-claims.js';
import type { MagicdecClosedLoop } from '../../../lib/paper/reality-check/magicdec-closed-loop.js';

const closed = (r2s: number[]): MagicdecClosedLoop =>
  ({ loss: 'absolute', fits: r2s.map((r2, i) => ({ series: i === 0 ? 'AR' : 'SD', r2, mapePct: 3, n: 4 })) }) as unknown as MagicdecClosedLoop;

describe('closedLoopVerdict', () => {
  it('is partly when every line is linear enough: the shared coefficients cannot be tested on closed-loop data alone', () => {
    const v = closedLoopVerdict(closed([0.981, 0.989]), 0.97);
    expect(v.verdict).toBe('partly');
    expect(v.evidence).toBe(
      "MagicDec's per-token latency against the batch size B (lines with the absolute loss): AR R² 0.981 (MAPE 3%, 4 batch sizes), SD R² 0.989 (MAPE 3%, 4 batch sizes); " +
        '2 of 2 lines reach R² ≥ 0.97, so the latency is linear in B as L = C1 + C2·B says. ' +
        'That the line shares C1 and C2 with the open-loop Eq. 1 cannot be tested here: MagicDec ran no open-loop benchmark.',
    );
  });

  it('fails when a line misses the bar, and requires fits', () => {
    expect(closedLoopVerdict(closed([0.981, 0.9]), 0.97).verdict).toBe('fails');
    expect(() => closedLoopVerdict({} as MagicdecClosedLoop, 0.97)).toThrow('closedLoopVerdict requires a magicdecClosedLoop result with fits');
  });
});
