import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { SYSTEM_KEYS } from '../../../lib/data/tidy-schema.js';
import { fitGroups } from '../../../lib/fit/fit-groups.js';
import { createRng } from '../../../lib/random/create-rng.js';
import { effectiveCollapseVerdict, singlePairVerdict, smoothVerdict, trackingVerdict } from '../../../lib/paper/pooled/fig4-verdicts.js';
import type { Params } from '../../../lib/paper/pooled/params.js';
import type { PooledData } from '../../../lib/paper/pooled/pooled-data.js';
import { selectFit } from '../../../lib/paper/shared/select-fit.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

// Open-loop sweeps of one system from known Eq. 3 coefficients with 1% noise: the pooled model is right by construction.
const SIX = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
function rows(): TidyRow[] {
  const rng = createRng(5);
  return [0.6, 0.8, 1].flatMap((alpha) =>
    [1, 2, 4].flatMap((k) => {
      const e = alpha === 1 ? k + 1 : (1 - alpha ** (k + 1)) / (1 - alpha);
      const c1 = SIX[0] + (128 / e) * (SIX[1] + k * SIX[2]);
      const c2 = SIX[3] + (128 / e) * (SIX[4] + k * SIX[5]);
      return [0.1, 0.25, 0.4, 0.55, 0.7].map((u, i) =>
        tidyRow({ verifier: 'V', drafter: 'D', k, alpha, measured_rps: u / c2, mean_latency_s: (c1 / (1 - u)) * (1 + 0.01 * rng.normal()), source: `a${alpha}k${k}#${i}` }),
      );
    }),
  );
}
const data = (() => {
  const r = rows();
  const sdFits = fitGroups(r, { model: 'sd' });
  const singleFits = fitGroups(r, { model: 'eq1', groupBy: SYSTEM_KEYS });
  return { kind: 'simulated', label: 'x', rows: r, fit: {}, nBoot: 10, collapseXMax: 0.9, sdFits, singleFits, system: selectFit(sdFits, {}), summary: '' } as PooledData;
})();
const P = { claims: { singlePairMapeRatio: 2, smoothShare: 0.9, maxCollapseDeviationPct: 5, maxTrackingGapPct: 10, partlyShare: 0.5 } } as Params;
const strict = (claims: Partial<Params['claims']>): Params => ({ claims: { ...P.claims, ...claims } }) as Params;

describe('Fig. 4 verdicts on data made by Eq. 3', () => {
  it('a single pair fits badly against the pooled fit, unless the required ratio is out of reach', () => {
    const v = singlePairVerdict(data, P);
    expect(v.verdict).toBe('holds');
    expect(v.evidence).toMatch(/^One Eq\. 1 pair for all \(α, k\) settings of each of 1 system\(s\): R² .*; the single pair's MAPE is at least 2× \(P\.claims\.singlePairMapeRatio\) the pooled one for 1 of 1\.$/);
    expect(singlePairVerdict(data, strict({ singlePairMapeRatio: 1e6 })).verdict).toBe('fails');
  });
  it('the per-setting coefficients fall with α and have one minimum along k', () => {
    const v = smoothVerdict(data, P);
    expect(v.evidence).toContain('from one α to the next at fixed k, C1 falls in 6 of 6 steps');
    expect(v.verdict).toBe('holds');
  });
  it('the load points collapse within the tolerance, and not within a tolerance below the noise', () => {
    expect(effectiveCollapseVerdict(data, P).verdict).toBe('holds');
    const tight = effectiveCollapseVerdict(data, strict({ maxCollapseDeviationPct: 0.01 }));
    expect(tight.verdict).toBe('fails');
    expect(tight.evidence).toMatch(/beyond it: V \+ D, H, 512\/128 \(\S+%\)\.$/);
  });
  it('the pooled values track the per-setting fits', () => {
    expect(trackingVerdict(data, P).verdict).toBe('holds');
    expect(trackingVerdict(data, strict({ maxTrackingGapPct: 1e-6 })).verdict).toBe('fails');
  });
});
