import { describe, expect, it } from 'vitest';
import { checkSweepWindow, sweepWindowDuration } from '../../../lib/sim/load/sweep-window.js';

const W = { minDurationS: 90, latencyMultiple: 25, warmupFrac: 0.4 };

describe('sweepWindowDuration', () => {
  it('scales max_seconds with the pilot latency, rounded up to whole seconds, never below the minimum', () => {
    expect(sweepWindowDuration(W, 13)).toEqual({ durationS: 325, warmupFrac: 0.4 });
    expect(sweepWindowDuration(W, 12.93)).toEqual({ durationS: 324, warmupFrac: 0.4 }); // 323.25 -> 324
    expect(sweepWindowDuration(W, 1.2)).toEqual({ durationS: 90, warmupFrac: 0.4 }); // 30 s < 90 s
  });

  it('caps the length at maxDurationS', () => {
    expect(sweepWindowDuration({ ...W, maxDurationS: 600 }, 40).durationS).toBe(600);
  });

  it('rejects bad policies and latencies', () => {
    expect(() => sweepWindowDuration(W, 0)).toThrow('sweepWindowDuration requires a finite pilot latency > 0');
    expect(() => sweepWindowDuration({ ...W, warmupFrac: 1 }, 1)).toThrow('window.warmupFrac in [0, 1)');
    expect(() => sweepWindowDuration({ ...W, minDurationS: -1 }, 1)).toThrow('window.minDurationS > 0');
    expect(() => sweepWindowDuration({ ...W, latencyMultiple: Number.NaN }, 1)).toThrow('window.latencyMultiple > 0');
    expect(() => checkSweepWindow('f', { ...W, maxDurationS: 10 })).toThrow('f requires window.maxDurationS >= minDurationS');
    expect(() => checkSweepWindow('f', null as never)).toThrow('f requires a sweep window object');
  });
});
