import { describe, expect, it } from 'vitest';
import { benchmarkWindow } from '../../../lib/paper/shared/benchmark-window.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

describe('benchmarkWindow', () => {
  it('reads the window as completed / measured rate of the open-loop rows', () => {
    const rows = [
      tidyRow({ strategy: 'constant', completed: 45, measured_rps: 0.5 }),
      tidyRow({ strategy: 'poisson', completed: 90, measured_rps: 1.0 }),
      tidyRow({ strategy: 'synchronous', completed: 7, measured_rps: 0.01 }), // closed loop: not used
    ];
    const w = benchmarkWindow(rows);
    expect([w.n, w.medianS, w.minS, w.maxS]).toEqual([2, 90, 90, 90]);
    expect(w.text).toBe('the 90-s window');
  });

  it('takes duration_s - warmup_s where the rows record them (the rate then counts only completions after the warm-up)', () => {
    const rows = [
      tidyRow({ strategy: 'constant', completed: 130, measured_rps: 1, duration_s: 200, warmup_s: 80 }),
      tidyRow({ strategy: 'constant', completed: 70, measured_rps: 1, duration_s: 100, warmup_s: 40 }),
      tidyRow({ strategy: 'constant', completed: 90, measured_rps: 1 }),
    ];
    const w = benchmarkWindow(rows);
    expect([w.minS, w.medianS, w.maxS]).toEqual([60, 90, 120]);
    expect(w.medianWarmupFrac).toBeCloseTo(0.4, 12);
    expect(benchmarkWindow([rows[2]]).medianWarmupFrac).toBe(0);
  });

  it('gives the range when the windows differ', () => {
    const rows = [tidyRow({ strategy: 'constant', completed: 60, measured_rps: 1 }), tidyRow({ strategy: 'constant', completed: 300, measured_rps: 1 })];
    expect(benchmarkWindow(rows).text).toBe('windows of 60–300 s');
  });

  it('fails without an open-loop row', () => {
    expect(() => benchmarkWindow([tidyRow({ strategy: 'synchronous' })])).toThrow(/^benchmarkWindow requires at least one constant-rate or Poisson row/);
    expect(() => benchmarkWindow('x' as never)).toThrow('benchmarkWindow requires an array of tidy rows');
  });
});
