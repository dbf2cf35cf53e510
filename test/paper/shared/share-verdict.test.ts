import { describe, expect, it } from 'vitest';
import { shareVerdict } from '../../../lib/paper/shared/share-verdict.js';

describe('shareVerdict', () => {
  it('holds in all cases, partly from the given share on, fails below it', () => {
    expect(shareVerdict(48, 48, 0.5)).toBe('holds');
    expect(shareVerdict(24, 48, 0.5)).toBe('partly');
    expect(shareVerdict(23, 48, 0.5)).toBe('fails');
    expect(shareVerdict(0, 0, 0.5)).toBe('untestable');
  });
  it('rejects counts and shares out of range', () => {
    expect(() => shareVerdict(3, 2, 0.5)).toThrow('shareVerdict requires integer counts 0 <= nOk <= n, got 3 of 2');
    expect(() => shareVerdict(1, 2, 0)).toThrow('shareVerdict requires partlyShare in (0, 1], got 0');
  });
});
