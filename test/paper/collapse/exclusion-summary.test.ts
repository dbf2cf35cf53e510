import { describe, expect, it } from 'vitest';
import { exclusionSummary } from '../../../lib/paper/collapse/exclusion-summary.js';
import { entry, failedEntry, excludedPoint } from '../group-fit-factory.js';

describe('exclusionSummary', () => {
  it('counts reasons with their numbers replaced, most frequent first, over successful fits only', () => {
    const fits = [
      entry({ k: 1 }, { nPoints: 8, excluded: [excludedPoint(0, 'throughput strategy'), excludedPoint(1, 'mean concurrency 126.3 >= 0.9 x max concurrency 128')] }),
      entry({ k: 2 }, { nPoints: 7, excluded: [excludedPoint(2, 'throughput strategy'), excludedPoint(3, 'mean concurrency 119 >= 0.9 x max concurrency 128')] }),
      entry({ k: 3 }, { nPoints: 6, excluded: [excludedPoint(4, 'target rate 1.5e-3 rps')] }),
      failedEntry({ k: 4 }),
    ];
    const s = exclusionSummary(fits);
    expect(s).toMatchObject({ nFits: 3, nUsed: 21, nExcluded: 5 });
    expect(s.reasons).toEqual([
      { reason: 'mean concurrency N >= N x max concurrency N', count: 2 },
      { reason: 'throughput strategy', count: 2 },
      { reason: 'target rate N rps', count: 1 },
    ]);
    expect(s.text).toBe(
      'The 3 fits use 21 points and leave out 5: 2 × “mean concurrency N >= N x max concurrency N”; 2 × “throughput strategy”; 1 × “target rate N rps”.',
    );
  });

  it('says so when nothing was excluded, and rejects no fits', () => {
    expect(exclusionSummary([entry({}, { nPoints: 3, excluded: [] })]).text).toBe('The 1 fits use 3 points and leave out 0.');
    expect(() => exclusionSummary([])).toThrow('exclusionSummary requires a non-empty array of group fits');
  });
});
