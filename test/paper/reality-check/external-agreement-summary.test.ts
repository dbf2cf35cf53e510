import { describe, expect, it } from 'vitest';
import { externalAgreementSummary } from '../../../lib/paper/reality-check/external-agreement-summary.js';
import { agreementRow as row } from './agreement-row-factory.js';

// Anchor rows (smallest batch, then context, per source and pass) have ratio 1 by construction.
const ROWS = [
  row('pr', 'verify', 4, 256, 5, 10, 6, 4), // anchor, ratio 1
  row('pr', 'verify', 64, 256, 5, 40, 52, 4), // ratio 1.4: outside +-25%
  row('pr', 'verify', 16, 256, 5, 20, 17, 4), // ratio 1.05
  row('sb', 'verify', 1, 1024, 3, 6, 5.5, 0.5), // anchor of sb|verify (batch 1, context 1024 < 2048)
  row('sb', 'verify', 1, 2048, 3, 6.2, 5.6, 0.5), // ratio 0.984
  row('sb', 'verify', 64, 2048, 1, 10, 6.9, 0.5), // ratio 0.74: outside
];

describe('externalAgreementSummary', () => {
  const s = externalAgreementSummary(ROWS);

  it('counts rows within ±25%, with and without the anchor rows', () => {
    expect(s.n).toBe(6);
    expect(s.nWithin).toBe(4);
    expect(s.nAnchors).toBe(2);
    expect(s.nWithinTested).toBe(2); // of the 4 non-anchor rows, 1.05 and 0.984 agree
    expect(s.worst).toEqual({ source: 'pr', pass: 'verify', k: 5, batch: 64, contextTokens: 256, ratio: 1.4 });
  });

  it('groups by source, pass and k with ratio ranges and the offset', () => {
    expect(s.groups.map((g) => [g.source, g.pass, g.k, g.n, g.nWithin])).toEqual([
      ['pr', 'verify', 5, 3, 2],
      ['sb', 'verify', 3, 2, 2],
      ['sb', 'verify', 1, 1, 0],
    ]);
    expect(s.groups[0].minRatio).toBe(1);
    expect(s.groups[0].maxRatio).toBeCloseTo(1.4, 12);
    expect(s.groups[0].minRooflineRatio).toBeCloseTo(0.6, 12);
    expect(s.groups[0].offsetMs).toBe(4);
  });

  it('writes the counts into sentences', () => {
    expect(s.text).toContain('4 of 6 simulated step times lie within ±25% of the public measurements (2 do not)');
    expect(s.text).toContain('2 (source, pass) group(s) carry a software offset set at their smallest batch and context; leaving out their anchor rows, which agree by construction, 2 of 4.');
    expect(s.text).toContain('- pr verify k = 5: 2/3 within ±25%, ratio 1 to 1.4; median ratio 1 at batch 4, 1.4 at batch 64 (unadjusted roofline 0.6 to 1.3, offset 4 ms)');
    expect(s.groups[0]).toMatchObject({ firstBatch: 4, lastBatch: 64, firstBatchRatio: 1, lastBatchRatio: 1.4 });
    expect(s.text).toContain('Farthest: pr verify k = 5 at batch 64, context 256: ratio 1.4.');
    expect(s.text).toContain('- sb verify k = 1: 0/1 within ±25%, ratio 0.74 to 0.74');
  });

  it('has no anchor where the offset is zero (the roofline was already slower than the measurement)', () => {
    const noOffset = externalAgreementSummary([row('sb', 'decode', 1, 256, 0, 6, 7.2, 0), row('sb', 'decode', 64, 256, 0, 8, 8.1, 0)]);
    expect(noOffset.nAnchors).toBe(0);
    expect(noOffset.nWithinTested).toBe(2);
    expect(noOffset.text).toContain('no software offset is fitted to these timings, so every row is a check.');
    expect(noOffset.text).toContain('- sb decode: 2/2 within ±25%, ratio 1.01 to 1.2; median ratio 1.2 at batch 1, 1.01 at batch 64 (no offset)');
  });

  it('takes another tolerance and rejects bad input', () => {
    expect(externalAgreementSummary(ROWS, { tolerance: 0.5 }).nWithin).toBe(6);
    expect(() => externalAgreementSummary([])).toThrow('externalAgreementSummary requires a non-empty array of agreement rows');
    expect(() => externalAgreementSummary(ROWS, { tolerance: 0 })).toThrow('externalAgreementSummary requires options.tolerance in (0, 1), got 0');
    expect(() => externalAgreementSummary([{ ...ROWS[0], ratio: NaN }])).toThrow('externalAgreementSummary requires rows[0].ratio to be a finite number');
  });
});
