import { describe, expect, it } from 'vitest';
import { formatColumnHeader } from '../../lib/table/format-column-header.js';

describe('formatColumnHeader', () => {
  it('appends the unit in parentheses only when there is one', () => {
    expect(formatColumnHeader({ key: 'c1', label: 'C1', unit: 's' })).toBe('C1 (s)');
    expect(formatColumnHeader({ key: 'v', label: 'verifier' })).toBe('verifier');
    expect(formatColumnHeader({ key: 'v', label: 'verifier', unit: '' })).toBe('verifier');
  });
});
