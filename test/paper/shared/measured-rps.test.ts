import { describe, expect, it } from 'vitest';
import { measuredRps } from '../../../lib/paper/shared/measured-rps.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

describe('measuredRps', () => {
  it('returns the row measured rate', () => {
    expect(measuredRps([tidyRow({ measured_rps: 4.5 })], 0, 'f')).toBe(4.5);
  });
  it('names the caller for an index outside the rows or a non-positive rate', () => {
    expect(() => measuredRps([tidyRow()], 3, 'collapsePoints')).toThrow('collapsePoints requires the rows the fits were made from: point index 3 is outside 1 rows');
    expect(() => measuredRps([tidyRow({ measured_rps: 0 })], 0, 'f')).toThrow('f requires a positive measured_rps, row 0 has 0');
  });
});
