import { describe, expect, it } from 'vitest';
import { pooledTrackingRows } from '../../../lib/paper/pooled/pooled-tracking-rows.js';
import { entry, setting } from '../group-fit-factory.js';

describe('pooledTrackingRows', () => {
  const fits = [
    entry({ verifier: 'A' }, { settings: [setting(2, 0.7, 1.1, 0.06, { c1Eff: 1.0, c2Eff: 0.065 }), setting(0, null, 2, 0.1)] }),
    entry({ verifier: 'B' }, { settings: [setting(1, 0.5, 3, 0.2, { c1Eff: 3.1, c2Eff: 0.19 })] }),
  ];

  it("pairs each setting's own fit with the pooled values", () => {
    expect(pooledTrackingRows(fits as never, { where: { verifier: 'A' } })).toEqual([
      { setting: 'A, α = 0.70, k = 2', group: 'k = 2', c1Fit: 1.1, c2Fit: 0.06, c1Eff: 1.0, c2Eff: 0.065 },
    ]);
  });

  it('colours by alpha or by a key column, and rejects an empty selection', () => {
    expect(pooledTrackingRows(fits as never, { groupBy: 'alpha' }).map((r) => r.group)).toEqual(['α = 0.70', 'α = 0.50']);
    expect(pooledTrackingRows(fits as never, { groupBy: 'verifier' }).map((r) => r.group)).toEqual(['A', 'B']);
    expect(() => pooledTrackingRows(fits as never, { where: { verifier: 'Z' } })).toThrow('pooledTrackingRows requires a selection that matches at least one fitted system');
  });
});
