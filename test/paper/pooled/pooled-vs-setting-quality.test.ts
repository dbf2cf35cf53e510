import { describe, expect, it } from 'vitest';
import { pooledVsSettingQuality } from '../../../lib/paper/pooled/pooled-vs-setting-quality.js';
import { entry, failedEntry } from '../group-fit-factory.js';

const fit = (r2: number, mape: number, nPoints = 8) => ({ r2, mape, nPoints });

describe('pooledVsSettingQuality', () => {
  // Qwen3-8B: per-setting MAPE 2%, 6%, 3% (median 3%), pooled 4.5%: worse by 1.5 points.
  // Qwen3-0.6B: per-setting 5% (the failed fit does not count), pooled 4%: better by 1 point.
  const settingFits = [
    entry({ verifier: 'Qwen3-8B', k: 1 }, fit(0.99, 0.02)),
    entry({ verifier: 'Qwen3-8B', k: 2 }, fit(0.95, 0.06)),
    entry({ verifier: 'Qwen3-8B', k: 3 }, fit(0.97, 0.03)),
    entry({ verifier: 'Qwen3-0.6B', k: 1 }, fit(0.9, 0.05)),
    failedEntry({ verifier: 'Qwen3-0.6B', k: 2 }),
  ];
  const pooledFits = [entry({ verifier: 'Qwen3-8B' }, fit(0.98, 0.045, 24)), entry({ verifier: 'Qwen3-0.6B' }, fit(0.99, 0.04, 8))];

  it('pairs each pooled fit with the median of its per-setting fits, by MAPE', () => {
    const q = pooledVsSettingQuality(settingFits, pooledFits);
    expect(q.rows.map((r) => r.group)).toEqual(['Qwen3-0.6B', 'Qwen3-8B']);
    expect(q.rows[1].settingMapePct).toBeCloseTo(3, 12);
    expect(q.rows[1].pooledMapePct).toBeCloseTo(4.5, 12);
    expect(q.rows[1].settingR2).toBeCloseTo(0.97, 12);
    expect(q.nPooledWorse).toBe(1);
    expect(q.maxGapPts).toBeCloseTo(1.5, 12);
    expect(q.text).toBe(
      'MAPE of the pooled fit against the median MAPE of the per-setting fits: Qwen3-0.6B 4% against 5%; Qwen3-8B 4.5% against 3%. ' +
        'The pooled fit is less accurate for 1 of 2, by at most 1.5 percentage points. ' +
        "(R² is not compared: the pooled R² is taken against the spread of all settings' latencies together, the per-setting R² against one setting's.)",
    );
  });

  it('says nothing of a gap when the pooled fit is never worse', () => {
    const q = pooledVsSettingQuality(settingFits.slice(3), pooledFits.slice(1));
    expect(q.nPooledWorse).toBe(0);
    expect(q.text).toContain('The pooled fit is less accurate for 0 of 1. (R²');
  });

  it('rejects a pooled group without per-setting fits', () => {
    expect(() => pooledVsSettingQuality(settingFits.slice(0, 3), pooledFits)).toThrow('pooledVsSettingQuality requires per-setting fits for Qwen3-0.6B');
  });
});
