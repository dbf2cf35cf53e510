import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { toDataFrame } from '../../lib/data/to-data-frame.js';

describe('toDataFrame', () => {
  it('turns records into a danfojs DataFrame, columns in first-seen order, missing values null', () => {
    const df = toDataFrame([{ k: 1, mean_latency_s: 2.5 }, { k: 3, extra: 'x', mean_latency_s: 1.5 }]);
    expect(df.columns).toEqual(['k', 'mean_latency_s', 'extra']);
    expect(df.shape).toEqual([2, 3]);
    expect(df['mean_latency_s'].values).toEqual([2.5, 1.5]);
    expect(df['extra'].values).toEqual([null, 'x']);
  }, 60_000);

  it('takes an arquero table with its column order', () => {
    const df = toDataFrame(table({ b: [1, 2], a: ['x', 'y'] }));
    expect(df.columns).toEqual(['b', 'a']);
    expect(df['a'].values).toEqual(['x', 'y']);
  }, 60_000);

  it('names what it needs', () => {
    expect(() => toDataFrame('rows' as unknown as object[])).toThrow('toDataFrame requires an array of records or an arquero table');
    expect(() => toDataFrame([])).toThrow('toDataFrame requires at least one row');
  });
});
