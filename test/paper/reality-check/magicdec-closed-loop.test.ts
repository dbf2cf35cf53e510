import { describe, expect, it } from 'vitest';
import { magicdecClosedLoop } from '../../../lib/paper/reality-check/magicdec-closed-loop.js';

// The four rows of data/external/magicdec-batch-latency.csv (MagicDec, arXiv 2408.11049).
const ROWS = [
  { batch_size: 32, ar_latency_ms_per_token: 16.53, ar_throughput_tok_s: 1936, sd_latency_ms_per_token: 12.83, sd_throughput_tok_s: 2493 },
  { batch_size: 48, ar_latency_ms_per_token: 21.45, ar_throughput_tok_s: 2237, sd_latency_ms_per_token: 15.26, sd_throughput_tok_s: 3146 },
  { batch_size: 64, ar_latency_ms_per_token: 31.49, ar_throughput_tok_s: 2237, sd_latency_ms_per_token: 20.09, sd_throughput_tok_s: 3186 },
  { batch_size: 128, ar_latency_ms_per_token: 49.89, ar_throughput_tok_s: 2565, sd_latency_ms_per_token: 30.41, sd_throughput_tok_s: 4209 },
];

describe('magicdecClosedLoop', () => {
  const r = magicdecClosedLoop(ROWS);

  it('fits the ordinary least-squares line per series (hand-computed: x̄ = 68, Sxx = 5312)', () => {
    // AR: Sxy = 1843.36 -> slope 1843.36 / 5312 = 0.347018, intercept 29.84 - 0.347018 * 68 = 6.24277.
    expect(r.fits[0].series).toBe('AR');
    expect(r.fits[0].slope).toBeCloseTo(1843.36 / 5312, 6);
    expect(r.fits[0].intercept).toBeCloseTo(29.84 - (1843.36 / 5312) * 68, 5);
    // SD: Sxy = 977.16 -> slope 977.16 / 5312 = 0.183953, intercept 19.6475 - 0.183953 * 68 = 7.13867.
    expect(r.fits[1].slope).toBeCloseTo(977.16 / 5312, 6);
    expect(r.fits[1].intercept).toBeCloseTo(19.6475 - (977.16 / 5312) * 68, 5);
    expect(r.fits[0].r2).toBeCloseTo(0.98069, 4);
    expect(r.fits[1].r2).toBeCloseTo(0.98898, 4);
    expect(r.fits.map((f) => f.n)).toEqual([4, 4]);
  });

  it('gives t intervals with n - 2 = 2 degrees of freedom (t = 4.303)', () => {
    const ar = r.fits[0];
    // s^2 = SSE / (n - 2); se(slope) = sqrt(s^2 / Sxx); se(intercept) = sqrt(s^2 (1/n + x̄^2 / Sxx))
    const residuals = ROWS.map((row) => row.ar_latency_ms_per_token - (ar.intercept + ar.slope * row.batch_size));
    const s2 = residuals.reduce((a, e) => a + e * e, 0) / 2;
    expect(ar.slopeHigh - ar.slope).toBeCloseTo(4.303 * Math.sqrt(s2 / 5312), 3);
    expect(ar.slope - ar.slopeLow).toBeCloseTo(ar.slopeHigh - ar.slope, 10);
    expect(ar.interceptHigh - ar.intercept).toBeCloseTo(4.303 * Math.sqrt(s2 * (1 / 4 + (68 * 68) / 5312)), 2);
    expect(ar.interceptLow).toBeLessThan(0); // four points cannot pin AR's intercept down
  });

  it('derives C1R, C2R, the crossing batch and the speedups from the two lines', () => {
    const [ar, sd] = r.fits;
    expect(r.c1r).toBeCloseTo(sd.intercept / ar.intercept, 12);
    expect(r.c2r).toBeCloseTo(977.16 / 1843.36, 6);
    expect(r.breakEvenBatch).toBeCloseTo((sd.intercept - ar.intercept) / (ar.slope - sd.slope), 10);
    expect(r.breakEvenBatch).toBeGreaterThan(5);
    expect(r.breakEvenBatch).toBeLessThan(6);
    expect(r.sdWinsAbove).toBe(true);
    expect(r.speedups[0]).toEqual({ batchSize: 32, measured: 16.53 / 12.83, fitted: expect.closeTo((ar.intercept + ar.slope * 32) / (sd.intercept + sd.slope * 32), 12) });
  });

  it('lays out closed-loop points in ms per token and checks the batch sizes by Little\'s Law', () => {
    expect(r.points).toHaveLength(8);
    expect(r.points[4]).toEqual({ series: 'SD', concurrency: 32, value: 12.83 });
    const ar64 = r.littleCheck.find((c) => c.series === 'AR' && c.batchSize === 64)!;
    expect(ar64.impliedBatch).toBeCloseTo(2237 * 0.03149, 10); // 70.4: the source's AR throughput typo
    const sd64 = r.littleCheck.find((c) => c.series === 'SD' && c.batchSize === 64)!;
    expect(Math.abs(sd64.relDiff)).toBeLessThan(0.001);
  });

  it('returns no crossing when one line is below the other everywhere', () => {
    const rows = [16, 32, 64].map((b) => ({ batch_size: b, ar_latency_ms_per_token: 10 + b, ar_throughput_tok_s: 1, sd_latency_ms_per_token: 5 + 0.5 * b, sd_throughput_tok_s: 1 }));
    const x = magicdecClosedLoop(rows);
    expect(x.breakEvenBatch).toBeNull();
    expect(x.c1r).toBeCloseTo(0.5, 6);
    expect(x.c2r).toBeCloseTo(0.5, 6);
  });

  it('fits weighted least squares with weights 1 / L² under the relative loss, with the weighted intervals', () => {
    // Reference (numpy, solving (XᵀWX) β = XᵀWy, cov = s² (XᵀWX)⁻¹, s² = Σ W r² / 2, t(0.975, 2)):
    // AR intercept 4.93959, slope 0.364953; half-widths 9.55482 and 0.184302.
    const w = magicdecClosedLoop(ROWS, { loss: 'relative' });
    expect(w.loss).toBe('relative');
    expect(r.loss).toBe('absolute');
    const ar = w.fits[0];
    expect(ar.intercept).toBeCloseTo(4.93959, 3);
    expect(ar.slope).toBeCloseTo(0.364953, 5);
    expect(ar.interceptHigh - ar.intercept).toBeCloseTo(9.55482, 2);
    expect(ar.slopeHigh - ar.slope).toBeCloseTo(0.184302, 4);
    expect(ar.slope).not.toBeCloseTo(r.fits[0].slope, 3);
    expect(() => magicdecClosedLoop(ROWS, { loss: 'log' as never })).toThrow(`magicdecClosedLoop requires loss 'relative' or 'absolute', got "log"`);
  });

  it('rejects too few rows, missing numbers and a bad level', () => {
    expect(() => magicdecClosedLoop(ROWS.slice(0, 2))).toThrow('magicdecClosedLoop requires at least 3 rows');
    expect(() => magicdecClosedLoop([...ROWS.slice(0, 3), { ...ROWS[3], sd_latency_ms_per_token: null as unknown as number }])).toThrow(
      'magicdecClosedLoop requires rows[3].sd_latency_ms_per_token to be a positive number, got null',
    );
    expect(() => magicdecClosedLoop(ROWS, { level: 1 })).toThrow('magicdecClosedLoop requires options.level in (0, 1)');
  });
});
