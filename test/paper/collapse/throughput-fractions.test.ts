import { describe, expect, it } from 'vitest';
import { throughputFractions } from '../../../lib/paper/collapse/throughput-fractions.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { configKey, entry, failedEntry, excludedPoint, openPoint } from '../group-fit-factory.js';

describe('throughputFractions', () => {
  const rows = [
    tidyRow({ measured_rps: 1 }),
    tidyRow({ strategy: 'throughput', measured_rps: 8 }),
    tidyRow({ measured_rps: 2 }),
    tidyRow({ strategy: 'throughput', measured_rps: 3 }),
    tidyRow({ measured_rps: 4 }),
  ];

  it('multiplies the largest throughput-row rate among a fit’s points by its C2, and summarises per group', () => {
    const fits = [
      entry(configKey({ verifier: 'A' }), { c2: 0.1, points: [openPoint(0, 1, 1)], excluded: [excludedPoint(1, 'throughput')] }),
      entry(configKey({ verifier: 'A', k: 2 }), { c2: 0.2, points: [openPoint(2, 2, 1)], excluded: [excludedPoint(3, 'throughput')] }),
      entry(configKey({ verifier: 'B' }), { c2: 0.2, points: [openPoint(4, 4, 1)], excluded: [] }), // no throughput row: skipped
      failedEntry(configKey({ verifier: 'C' })),
    ];
    const r = throughputFractions(rows, fits);
    expect(r.configs.map((c) => [c.group, c.throughputRps])).toEqual([
      ['A', 8],
      ['A', 3],
    ]);
    expect(r.configs[0].fraction).toBeCloseTo(0.8, 12); // 8 requests/s × 0.1 s
    expect(r.configs[1].fraction).toBeCloseTo(0.6, 12); // 3 requests/s × 0.2 s
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].n).toBe(2);
    expect(r.groups[0].median).toBeCloseTo(0.7, 12);
    expect(r.groups[0].min).toBeCloseTo(0.6, 12);
    expect(r.groups[0].max).toBeCloseTo(0.8, 12);
    expect(r.text).toBe('- **A**: measured throughput reaches 0.7 of 1/C2 (median of 2; range 0.6–0.8).');
  });

  it('rejects indices outside the rows and keys without the group column', () => {
    expect(() => throughputFractions(rows, [entry(configKey(), { c2: 0.1, points: [openPoint(9, 1, 1)], excluded: [] })])).toThrow('index 9 is outside 5 rows');
    expect(() => throughputFractions(rows, [entry({ k: 1 }, { c2: 0.1, points: [], excluded: [] })])).toThrow('throughputFractions requires fits[0].key.verifier');
  });
});
