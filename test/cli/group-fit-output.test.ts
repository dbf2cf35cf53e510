import { describe, expect, it } from 'vitest';
import { formatGroupLengths, sortGroupsNaturally } from '../../lib/cli/group-fit-output.js';
import type { GroupFit } from '../../lib/fit/fit-groups.js';

const group = (key: Record<string, unknown>): GroupFit<null> => ({ key, label: '', nRows: 1, fit: null, error: null });

describe('group fit output', () => {
  it('sorts groups naturally, column by column (numbers by value, null first)', () => {
    const fits = [group({ v: 'Qwen3-14B', k: 10 }), group({ v: 'Qwen3-8B', k: 10 }), group({ v: 'Qwen3-8B', k: 2 }), group({ v: 'Qwen3-8B', k: null })];
    expect(sortGroupsNaturally(fits).map((g) => [g.key.v, g.key.k])).toEqual([
      ['Qwen3-8B', null],
      ['Qwen3-8B', 2],
      ['Qwen3-8B', 10],
      ['Qwen3-14B', 10],
    ]);
  });
  it('formats the measured lengths of a group', () => {
    const g = { ...group({}), lengths: { prompt: { mean: 213.295, min: 213.295, max: 213.295 }, output: { mean: 212.9, min: 211.99, max: 213.86 }, fromMeans: true } };
    expect(formatGroupLengths(g)).toBe('prompt 213.3 [213.3-213.3], output 212.9 [212-213.9]');
    expect(formatGroupLengths(group({}))).toBe('-');
  });
});
