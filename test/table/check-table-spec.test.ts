import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../lib/table/check-table-spec.js';
import type { TableSpec } from '../../lib/table/table-spec.js';

const ok: TableSpec = { id: 'tab01-a.b_c', caption: 'c', columns: [{ key: 'a', label: 'A', digits: 2 }], rows: [{ a: 1 }] };

describe('checkTableSpec', () => {
  it('accepts a well-formed table', () => {
    expect(() => checkTableSpec(ok, 'f')).not.toThrow();
  });

  it('names the first problem, prefixed by the calling function', () => {
    expect(() => checkTableSpec({ ...ok, id: 'a/b' }, 'writeTable')).toThrow(/^writeTable requires an id/);
    expect(() => checkTableSpec({ ...ok, id: '.hidden' }, 'f')).toThrow(/requires an id/);
    expect(() => checkTableSpec({ ...ok, caption: 3 as unknown as string }, 'f')).toThrow('f requires a caption string');
    expect(() => checkTableSpec({ ...ok, columns: [{ key: '', label: 'x' }] }, 'f')).toThrow(
      'f requires columns[0].key to be a non-empty string',
    );
    expect(() => checkTableSpec({ ...ok, columns: [{ key: 'a', label: 'A', digits: 1.5 }] }, 'f')).toThrow(
      'f requires columns[0].digits to be an integer in 0..20',
    );
    expect(() => checkTableSpec({ ...ok, rows: null as unknown as [] }, 'f')).toThrow('f requires rows to be an array');
    expect(() => checkTableSpec(null as unknown as TableSpec, 'f')).toThrow('f requires a table object');
  });
});
