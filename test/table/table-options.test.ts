import { describe, expect, it } from 'vitest';
import { resolveTableOptions } from '../../lib/table/table-options.js';

describe('resolveTableOptions', () => {
  it('fills the default id and keeps a caller caption', () => {
    expect(resolveTableOptions('t', { dataLabel: 'simulated' }, 'tab-x')).toEqual({ dataLabel: 'simulated', id: 'tab-x', caption: undefined });
    expect(resolveTableOptions('t', { dataLabel: 'd', id: 'mine', caption: 'C' }, 'tab-x')).toEqual({ dataLabel: 'd', id: 'mine', caption: 'C' });
  });

  it('requires a data label', () => {
    expect(() => resolveTableOptions('eq1FitsTable', { dataLabel: '' }, 'tab')).toThrow(
      'eq1FitsTable requires options.dataLabel (which data the table summarises)',
    );
  });
});
