import { describe, expect, it } from 'vitest';
import { collapseVerdict } from '../../../lib/paper/collapse/collapse-claim.js';
import type { Params } from '../../../lib/paper/collapse/params.js';
import type { CollapseData } from '../../../lib/paper/collapse/collapse-data.js';

const P = { groupBy: 'verifier', claim: { maxMedianDeviationPct: 5, maxBinDeviationPct: 10 } } as Params;
const data = { kind: 'real' } as CollapseData;
const fig1 = (groups: number[], overall: number, nBaselineConfigs = 0) => ({
  points: [],
  stats: { n: 100, medianPct: overall, groups: groups.map((m, i) => ({ group: `V${i}`, n: 10, medianPct: m })), beyondSaturation: 0 },
  nConfigs: 20,
  nBaselineConfigs,
});
const dev = (maxAbsMedianPct: number) => ({ bins: new Array(12).fill(null), text: '', nBeyond1Pct: 3, maxAbsMedianPct, overallText: '' });

describe('collapseVerdict (claim fig1-collapse)', () => {
  it('holds when every group and every bin is within the tolerances, with the numbers in the evidence', () => {
    const v = collapseVerdict(data, fig1([1, 3], 2), dev(7) as never, P);
    expect(v.verdict).toBe('holds');
    expect(v.evidence).toBe(
      '100 load points of 20 configurations (none without speculation, so each (α, k) setting counts as its own Eq. 1 system) lie a median 2% from y = 1/(1 − x) ' +
        '(per verifier 1% to 3%); the largest binned median deviation is 7% (3 of 12 bins beyond ±1%). Tolerances (P.claim): 5% per verifier, 10% per bin.',
    );
  });
  it('is partly when the overall median is within but a group or a bin is not, and fails otherwise', () => {
    expect(collapseVerdict(data, fig1([1, 6], 3, 4), dev(7) as never, P)).toMatchObject({ verdict: 'partly' });
    expect(collapseVerdict(data, fig1([1, 6], 3, 4), dev(7) as never, P).evidence).toContain('(4 of them without speculation)');
    expect(collapseVerdict(data, fig1([1, 3], 2), dev(12) as never, P).evidence).toMatch(/a bin beyond 10% is a systematic misfit, not scatter\.$/);
    expect(collapseVerdict(data, fig1([1, 3], 2), dev(12) as never, P).verdict).toBe('partly');
    expect(collapseVerdict(data, fig1([6, 8], 7), dev(9) as never, P).verdict).toBe('fails');
  });
  it('requires positive tolerances', () => {
    expect(() => collapseVerdict(data, fig1([1], 1), dev(1) as never, { ...P, claim: { maxMedianDeviationPct: 0, maxBinDeviationPct: 1 } })).toThrow(/requires positive P\.claim/);
  });
});
