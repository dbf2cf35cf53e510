import { describe, expect, it } from 'vitest';
import { pooledVsSingleData } from '../../../lib/paper/pooled/pooled-vs-single-data.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { entry, failedEntry, openPoint } from '../group-fit-factory.js';

describe('pooledVsSingleData', () => {
  const rows = [tidyRow({ k: 1, measured_rps: 2 }), tidyRow({ k: 4, measured_rps: 3 }), tidyRow({ k: 4, measured_rps: 9 })];
  const key = { verifier: 'Qwen3-8B', drafter: 'E', hardware: 'A100', prefill_tokens: 512, decode_tokens: 128 };
  const fits = [
    failedEntry({ ...key, verifier: 'X' }),
    entry(key, { c1: 1.2, c2: 0.05, r2: 0.4, mape: 0.21, points: [openPoint(0, 2, 1.5), openPoint(1, 3, 1.1)] }),
  ];

  it('returns the used points by setting, the fit with MAPE in percent, and the system label', () => {
    const d = pooledVsSingleData(rows, fits, { where: { verifier: 'Qwen3-8B' } });
    expect(d.points).toEqual([
      { series: 'k = 1', rps: 2, latencyS: 1.5 },
      { series: 'k = 4', rps: 3, latencyS: 1.1 },
    ]);
    expect(d.fit).toEqual({ c1: 1.2, c2: 0.05, r2: 0.4, mapePct: 21 });
    expect(d.system).toBe('Qwen3-8B + E, A100, 512/128');
  });

  it('rejects a selection that matches no fitted system', () => {
    expect(() => pooledVsSingleData(rows, fits, { where: { verifier: 'X' } })).toThrow('pooledVsSingleData requires a selection that matches at least one fitted system');
  });
});
