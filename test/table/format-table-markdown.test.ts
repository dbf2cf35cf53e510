import { describe, expect, it } from 'vitest';
import { formatTableMarkdown } from '../../lib/table/format-table-markdown.js';
import type { TableSpec } from '../../lib/table/table-spec.js';

describe('formatTableMarkdown', () => {
  it('writes a pipe table with units, right-aligned numeric columns and a pandoc caption', () => {
    const table: TableSpec = {
      id: 'tab02',
      caption: 'Speedup at zero load',
      columns: [
        { key: 'alpha', label: 'α', digits: 2 },
        { key: 'k', label: 'k' },
        { key: 's0', label: 'S(0)', unit: '×', digits: 2 },
        { key: 'note', label: 'note' },
      ],
      rows: [
        { alpha: 0.5, k: 1, s0: 1.2345, note: 'a|b' },
        { alpha: 0.9, k: 4, s0: null, note: 'two\nlines' },
      ],
    };
    expect(formatTableMarkdown(table)).toBe(
      [
        '| α | k | S(0) (×) | note |',
        '| ---: | ---: | ---: | --- |',
        '| 0.50 | 1 | 1.23 | a\\|b |',
        '| 0.90 | 4 |  | two<br>lines |',
        '',
        'Table: Speedup at zero load',
        '',
      ].join('\n'),
    );
  });

  it('omits the caption line when the caption is empty and left-aligns empty columns', () => {
    const table: TableSpec = { id: 't', caption: '', columns: [{ key: 'x', label: 'x' }], rows: [{ x: null }] };
    expect(formatTableMarkdown(table)).toBe('| x |\n| --- |\n|  |\n');
  });

  it('rejects duplicate column keys', () => {
    const table: TableSpec = {
      id: 't',
      caption: '',
      columns: [
        { key: 'x', label: 'x' },
        { key: 'x', label: 'y' },
      ],
      rows: [],
    };
    expect(() => formatTableMarkdown(table)).toThrow("formatTableMarkdown requires unique column keys, 'x' repeats");
  });
});
