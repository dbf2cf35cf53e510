import { describe, expect, it } from 'vitest';
import { formatTableCell } from '../../lib/table/format-table-cell.js';

const col = (digits?: number) => ({ key: 'v', label: 'v', digits });

describe('formatTableCell', () => {
  it('formats numbers with fixed digits and in full without', () => {
    expect(formatTableCell(1.005, col(1))).toBe('1.0'); // 1.005 is 1.00499999... in binary
    expect(formatTableCell(2.5, col(0))).toBe('3');
    expect(formatTableCell(1 / 3, col())).toBe('0.3333333333333333');
    expect(formatTableCell(1e21, col())).toBe('1e+21');
  });

  it('prints negative zero after rounding as zero', () => {
    expect(formatTableCell(-0.0004, col(3))).toBe('0.000');
    expect(formatTableCell(-0, col(0))).toBe('0');
    expect(formatTableCell(-0.0006, col(3))).toBe('-0.001');
  });

  it('prints missing values as empty and other types plainly', () => {
    expect(formatTableCell(null, col(2))).toBe('');
    expect(formatTableCell(undefined, col(2))).toBe('');
    expect(formatTableCell(Number.NaN, col(2))).toBe('');
    expect(formatTableCell(Number.POSITIVE_INFINITY, col(2))).toBe('Infinity');
    expect(formatTableCell(true, col())).toBe('true');
    expect(formatTableCell('Qwen3-8B', col(2))).toBe('Qwen3-8B');
    expect(formatTableCell(new Date(Date.UTC(2026, 0, 16)), col())).toBe('2026-01-16T00:00:00.000Z');
    expect(formatTableCell([1, 2], col())).toBe('[1,2]');
  });
});
