import { describe, expect, it } from 'vitest';
import { parseVllmBench } from '../../lib/data/formats/vllm-bench/parse-vllm-bench.js';
import { TIDY_COLUMNS } from '../../lib/data/tidy-schema.js';
import { toTable } from '../../lib/data/to-table.js';
import { fixtureText } from './fixtures.js';

describe('toTable', () => {
  it('puts the tidy columns first, then extras, filling gaps with null', () => {
    const a = parseVllmBench(fixtureText('vllm/sweep-summary.json'), { fileName: 's.json' });
    const b = parseVllmBench(fixtureText('vllm/bench-serve-sd.json'), { fileName: 'sd.json' });
    const t = toTable([...a, ...b]);
    expect(t.numRows()).toBe(3);
    expect(t.columnNames().slice(0, TIDY_COLUMNS.length)).toEqual([...TIDY_COLUMNS]);
    expect(t.columnNames()).toContain('acceptance_length');
    expect(t.array('acceptance_length')).toEqual([null, null, b[0].acceptance_length]);
    expect(t.array('concurrency')).toEqual([2, 2, 2]);
  });

  it('gives an empty table with the tidy columns for no rows', () => {
    const t = toTable([]);
    expect(t.numRows()).toBe(0);
    expect(t.columnNames()).toEqual([...TIDY_COLUMNS]);
    expect(() => toTable('x' as never)).toThrow('toTable requires an array of rows');
  });
});
