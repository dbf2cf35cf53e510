import { describe, expect, it } from 'vitest';
import { eq1FitTableRows } from '../../../lib/paper/collapse/eq1-fit-table-rows.js';
import { configKey, entry, failedEntry, excludedPoint } from '../group-fit-factory.js';

describe('eq1FitTableRows', () => {
  it('copies keys and coefficients, turns MAPE into percent and counts exclusions; failed fits have no row', () => {
    const fit = { c1: 1.5, c2: 0.05, r2: 0.99, mape: 0.0234, nPoints: 8, excluded: [excludedPoint(0, 'a'), excludedPoint(9, 'b')] };
    const rows = eq1FitTableRows([entry(configKey({ k: 3, alpha: 0.7 }), fit), failedEntry(configKey({ k: 4 }))]);
    expect(rows).toEqual([
      {
        verifier: 'V', drafter: 'D', hardware: 'H', prefill_tokens: 512, decode_tokens: 128, k: 3, alpha: 0.7,
        c1: 1.5, c2: 0.05, r2: 0.99, mapePct: 2.34, n: 8, excluded: 2,
      },
    ]);
  });

  it('keeps a null alpha and rejects keys without the configuration columns', () => {
    const fit = { c1: 1, c2: 0, r2: 1, mape: 0, nPoints: 3, excluded: [] };
    expect(eq1FitTableRows([entry(configKey({ k: 0, alpha: null, drafter: '' }), fit)])[0].alpha).toBeNull();
    expect(() => eq1FitTableRows([entry({ verifier: 'V' }, fit)])).toThrow('eq1FitTableRows requires fits[0].key.drafter to be a string (group by CONFIG_KEYS)');
    expect(() => eq1FitTableRows([entry(configKey({ alpha: '0.5' }), fit)])).toThrow('eq1FitTableRows requires fits[0].key.alpha to be a number or null');
  });
});
