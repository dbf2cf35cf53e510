import { describe, expect, it } from 'vitest';
import { logAxisTicks } from '../../lib/plot/log-axis-ticks.js';

describe('logAxisTicks', () => {
  it('uses the 1-2-5 sequence inside the range, labelled as plain numbers', () => {
    expect(logAxisTicks(0.3, 40)).toEqual({ tickvals: [0.5, 1, 2, 5, 10, 20], ticktext: ['0.5', '1', '2', '5', '10', '20'] });
    expect(logAxisTicks(0.01, 0.2).ticktext).toEqual(['0.01', '0.02', '0.05', '0.1', '0.2']);
    expect(logAxisTicks(100, 1000).tickvals).toEqual([100, 200, 500, 1000]);
  });

  it('adds 3 for a range under a decade, then every digit', () => {
    expect(logAxisTicks(6, 42).tickvals).toEqual([10, 20, 30]);
    expect(logAxisTicks(1.1, 1.9).tickvals).toEqual([]);
    expect(logAxisTicks(0.8, 1.9).tickvals).toEqual([0.8, 0.9, 1]);
    expect(logAxisTicks(2.5, 4.5)).toEqual({ tickvals: [3, 4], ticktext: ['3', '4'] });
  });

  it('rejects a non-positive or reversed range', () => {
    expect(() => logAxisTicks(0, 1)).toThrow('logAxisTicks requires positive finite lo <= hi');
    expect(() => logAxisTicks(2, 1)).toThrow('logAxisTicks requires positive finite lo <= hi');
  });
});
