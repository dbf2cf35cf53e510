import { describe, expect, it } from 'vitest';
import { sweepLoadCoverage } from '../../../lib/paper/shared/sweep-load-coverage.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

// Two sweeps of one EAGLE system at decode 256 and a baseline sweep of the same verifier, one sweep at decode 1024.
const sd = { verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', k: 2, alpha: 0.8 };
function sweep(over: object, syncL: number, open: Array<[number, number, number]>) {
  return [
    tidyRow({ ...over, strategy: 'synchronous', measured_rps: 1 / syncL, mean_latency_s: syncL }),
    tidyRow({ ...over, strategy: 'throughput', measured_rps: 50, mean_latency_s: 99 }),
    ...open.map(([rate, measured, latency]) => tidyRow({ ...over, strategy: 'constant', rate_rps: rate, measured_rps: measured, mean_latency_s: latency })),
  ];
}
const rows = [
  // u = 1 - 1/2 = 0.5; ratios 1, 0.9
  ...sweep({ ...sd, decode_tokens: 256 }, 1, [[1, 1, 1.2], [2, 1.8, 2]]),
  // u = 1 - 2/2.5 = 0.2; ratios 0.95
  ...sweep({ ...sd, decode_tokens: 256, alpha: 0.6 }, 2, [[1, 0.95, 2.5]]),
  // baseline of the same verifier: u = 1 - 4/5 = 0.2; ratio 0.8
  ...sweep({ verifier: 'Qwen3-8B', drafter: '', hardware: 'A100-80GB', k: 0, alpha: null, decode_tokens: 256 }, 4, [[0.5, 0.4, 5]]),
  // decode 1024: u = 1 - 10/40 = 0.75; ratio 0.5
  ...sweep({ ...sd, decode_tokens: 1024 }, 10, [[0.2, 0.1, 40]]),
];

describe('sweepLoadCoverage', () => {
  it('summarises utilisation reached, completed/sent and the longest latency per model and decode length', () => {
    const { rows: out, text } = sweepLoadCoverage(rows, { exclusion: false });
    // decode 256: u of the three sweeps 0.5, 0.2, 0.2 -> median 0.2; ratios 1, 0.9, 0.95, 0.8 -> median (0.9 + 0.95) / 2.
    expect(out).toEqual([
      { model: 'Qwen3-8B', decodeTokens: 256, sweeps: 3, medianUtilisation: expect.closeTo(0.2, 12), medianCompletedRatio: 0.925, minCompletedRatio: 0.8, maxLatencyS: 5 },
      { model: 'Qwen3-8B', decodeTokens: 1024, sweeps: 1, medianUtilisation: 0.75, medianCompletedRatio: 0.5, minCompletedRatio: 0.5, maxLatencyS: 40 },
    ]);
    expect(text).toBe(
      '- decode 256 (1 model(s)): median utilisation reached u = 0.2; completed/sent 93% (median per model), lowest 80%; mean latencies up to 5 s.\n' +
        '- decode 1024 (1 model(s)): median utilisation reached u = 0.75; completed/sent 50% (median per model), lowest 50%; mean latencies up to 40 s.',
    );
  });

  it('applies the exclusion rules before measuring: a row far below its target rate is left out by default', () => {
    // The default minRateRatio 0.9 drops the decode-1024 row (0.1 of 0.2 requests/s), and with it that sweep.
    const { rows: out } = sweepLoadCoverage(rows);
    expect(out.map((r) => r.decodeTokens)).toEqual([256]);
    // ... and the 0.8 baseline row, leaving the two speculative sweeps: u 0.5 and 0.2, ratios 1, 0.9, 0.95.
    expect(out[0]).toMatchObject({ sweeps: 2, medianUtilisation: expect.closeTo(0.35, 12), medianCompletedRatio: 0.95, minCompletedRatio: 0.9, maxLatencyS: 2.5 });
  });

  it('says so when no row has a target rate (real GuideLLM reductions may lack it)', () => {
    const noTarget = sweep(sd, 1, [[1, 1, 4]]).map((r) => ({ ...r, rate_rps: null }));
    const { rows: out, text } = sweepLoadCoverage(noTarget, { exclusion: false });
    expect(out[0]).toMatchObject({ medianUtilisation: 0.75, sweeps: 1 });
    expect(out[0].medianCompletedRatio).toBeNaN();
    expect(text).toBe('- decode 128 (1 model(s)): median utilisation reached u = 0.75; completed/sent unknown (no target rates); mean latencies up to 4 s.');
  });

  it('rejects non-arrays and rows without a usable sweep', () => {
    expect(() => sweepLoadCoverage(null as never)).toThrow('sweepLoadCoverage requires an array of tidy rows');
    expect(() => sweepLoadCoverage([tidyRow({ strategy: 'synchronous' })], { exclusion: false })).toThrow(
      'sweepLoadCoverage requires at least one sweep with a synchronous row and a kept open-loop row',
    );
  });
});
