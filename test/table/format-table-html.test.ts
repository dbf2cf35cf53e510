import { describe, expect, it } from 'vitest';
import { formatTableHtml } from '../../lib/table/format-table-html.js';

describe('formatTableHtml', () => {
  it('writes caption, unit headers, right-aligned numbers and escapes text', () => {
    const html = formatTableHtml({
      id: 'tab03',
      caption: 'C1 < C2 & more',
      columns: [
        { key: 'name', label: 'name' },
        { key: 'c2', label: 'C2', unit: 's', digits: 4 },
      ],
      rows: [{ name: '<b>x</b>', c2: 0.012345 }],
    });
    expect(html).toBe(
      [
        '<table class="speclat-table" id="table-tab03">',
        '<caption>C1 &lt; C2 &amp; more</caption>',
        '<thead><tr><th>name</th><th>C2 (s)</th></tr></thead>',
        '<tbody>',
        '<tr><td>&lt;b&gt;x&lt;/b&gt;</td><td style="text-align:right">0.0123</td></tr>',
        '</tbody>',
        '</table>',
        '',
      ].join('\n'),
    );
  });

  it('rejects a row that is not an object', () => {
    expect(() =>
      formatTableHtml({ id: 't', caption: '', columns: [{ key: 'a', label: 'a' }], rows: [[1] as unknown as Record<string, unknown>] }),
    ).toThrow('formatTableHtml requires rows[0] to be an object (table t)');
  });
});
