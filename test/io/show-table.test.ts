import { describe, expect, it } from 'vitest';
import { showTable } from '../../lib/io/show-table.js';

describe('showTable', () => {
  it('checks the table first, then refuses to run outside a tslab kernel', () => {
    expect(() => showTable({ id: 't', caption: '', columns: [], rows: [] })).toThrow('showTable requires at least one column');
    expect(() => showTable({ id: 't', caption: '', columns: [{ key: 'a', label: 'a' }], rows: [] })).toThrow(
      'displayMimeBundle requires a running tslab kernel',
    );
  });
});
