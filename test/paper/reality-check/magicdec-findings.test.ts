import { describe, expect, it } from 'vitest';
import { magicdecBestK } from '../../../lib/paper/reality-check/magicdec-best-k.js';
import { magicdecClosedLoop } from '../../../lib/paper/reality-check/magicdec-closed-loop.js';
import { magicdecFindings } from '../../../lib/paper/reality-check/magicdec-findings.js';

const ROWS = [
  { batch_size: 32, ar_latency_ms_per_token: 16.53, ar_throughput_tok_s: 1936, sd_latency_ms_per_token: 12.83, sd_throughput_tok_s: 2493 },
  { batch_size: 48, ar_latency_ms_per_token: 21.45, ar_throughput_tok_s: 2237, sd_latency_ms_per_token: 15.26, sd_throughput_tok_s: 3146 },
  { batch_size: 64, ar_latency_ms_per_token: 31.49, ar_throughput_tok_s: 2237, sd_latency_ms_per_token: 20.09, sd_throughput_tok_s: 3186 },
  { batch_size: 128, ar_latency_ms_per_token: 49.89, ar_throughput_tok_s: 2565, sd_latency_ms_per_token: 30.41, sd_throughput_tok_s: 4209 },
];
const speed = (batch: number, k: number, s: number) => ({ target: 'T', draft: 'd', prefill: 8000, batch_size: batch, best_k_a100: k, speedup_8xa100: s, best_k_h100: null, speedup_8xh100: null });
const ours = (longer: number, equal: number, shorter: number) => ({
  rows: [{ verifier: 'Q', prefillTokens: 512, decodeTokens: 128, alpha: 0.8, kZeroLoad: 6, kUnderLoad: 2, nK: 8 }],
  longerAtZeroLoad: longer,
  equal,
  shorterAtZeroLoad: shorter,
});

describe('magicdecFindings', () => {
  const closed = magicdecClosedLoop(ROWS);
  const text = magicdecFindings(closed, magicdecBestK([speed(32, 3, 1.29), speed(128, 4, 1.66)]), ours(24, 4, 2), 'the real sweeps');

  it('states both lines, the ratios and whether the speedup trend matches Eq. 2', () => {
    expect(text).toContain('- **AR**: per-token latency = 6.24 ms + 0.347 ms × B');
    expect(text).toContain('R² = 0.981');
    expect(text).toContain('C2R = 0.53'); // 977.16 / 1843.36
    expect(text).toContain('< 1, so the speedup should grow with load');
    expect(text).toContain('Measured speedup AR / SD: 1.29 at B = 32, 1.64 at B = 128');
    expect(text).toContain('consistent with the model');
    expect(text).toContain('The two lines cross at B ≈ 5.49');
    expect(text).toContain('SD is faster above it');
  });

  it('flags the source row whose batch Little\'s Law does not reproduce', () => {
    expect(text).toContain('7 of 8 source rows give the stated batch within 2%; off: AR at B = 64 gives 70.4');
    const loose = magicdecFindings(closed, magicdecBestK([speed(32, 3, 1.29), speed(128, 4, 1.66)]), ours(24, 4, 2), 'x', { littleTolerance: 0.15 });
    expect(loose).toContain('8 of 8 source rows give the stated batch within 15%.');
    expect(() => magicdecFindings(closed, magicdecBestK([speed(32, 3, 1.29)]), ours(24, 4, 2), 'x', { littleTolerance: 0 })).toThrow(
      'magicdecFindings requires options.littleTolerance in (0, 1), got 0',
    );
  });

  it('says which C1 interval reaches zero', () => {
    expect(text).toContain('the C1 interval of AR reaches zero or below with 4 points.');
  });

  it('compares the best-k trends with the draft-length finding', () => {
    expect(text).toContain('the best k grows in 1 of 1 settings, stays in 0 and shrinks in 0; the speedup grows in 1 of 1.');
    expect(text).toContain('on the real sweeps: longer in 24 of 1 (verifier, α) pairs, equal in 4, shorter in 2.');
    expect(text).toContain('MagicDec points the other way');
    const shrinking = magicdecFindings(closed, magicdecBestK([speed(32, 4, 1.3), speed(128, 3, 1.1)]), ours(24, 4, 2), 'x');
    expect(shrinking).toContain('MagicDec does not contradict it.');
  });

  it('rejects incomplete inputs', () => {
    expect(() => magicdecFindings({} as never, magicdecBestK([speed(32, 3, 1.2), speed(64, 3, 1.3)]), ours(1, 0, 0), 'x')).toThrow(
      'magicdecFindings requires a magicdecClosedLoop result with two fits and speedups',
    );
    expect(() => magicdecFindings(closed, magicdecBestK([speed(32, 3, 1.2)]), { ...ours(0, 0, 0), rows: [] }, 'x')).toThrow(
      'magicdecFindings requires a bestKByLoad result with rows',
    );
  });
});
