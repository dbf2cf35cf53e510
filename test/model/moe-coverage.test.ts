import { describe, expect, it } from 'vitest';
import { moeCoverage } from '../../lib/model/moe-coverage.js';

describe('moeCoverage', () => {
  it('is the i.i.d. routing coverage 1 - (1 - m/M)^T', () => {
    expect(moeCoverage(1, 32, 4)).toBeCloseTo(0.125, 12);
    expect(moeCoverage(10, 128, 8)).toBeCloseTo(1 - (15 / 16) ** 10, 12);
    expect(moeCoverage(0, 128, 8)).toBe(0);
    expect(() => moeCoverage(3, 8, 9)).toThrow('moeCoverage requires active');
  });
});
