import { describe, expect, it } from 'vitest';
import { collectRows } from '../../lib/data/collect-rows.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';

const build = (i: number) => {
  if (i === 1) throw new Error('bad item 1');
  return { source: `s${i}` } as TidyRow;
};

describe('collectRows', () => {
  it('throws the first error by default', () => {
    expect(() => collectRows(3, build, false, null)).toThrow('bad item 1');
  });
  it('skips and reports with skipInvalid', () => {
    const warnings: string[] = [];
    expect(collectRows(3, build, true, warnings).map((r) => r.source)).toEqual(['s0', 's2']);
    expect(warnings).toEqual(['skipped: bad item 1']);
  });
});
