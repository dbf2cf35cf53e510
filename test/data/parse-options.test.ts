import { describe, expect, it } from 'vitest';
import { checkParseOptions } from '../../lib/data/parse-options.js';

describe('checkParseOptions', () => {
  it('splits configuration from behaviour', () => {
    const w: string[] = [];
    expect(checkParseOptions('f', { fileName: 'a.json', k: 2, drafter: 'd', sidecar: { hardware: 'H' }, skipInvalid: true, warnings: w })).toEqual({
      file: 'a.json',
      config: { drafter: 'd', k: 2 },
      sidecar: { hardware: 'H' },
      skipInvalid: true,
      warnings: w,
    });
    expect(checkParseOptions('f', undefined).file).toBe('<text>');
  });
  it('requires a warnings array with skipInvalid, and valid values', () => {
    expect(() => checkParseOptions('f', { skipInvalid: true })).toThrow('f requires options.warnings (an array) when skipInvalid is true');
    expect(() => checkParseOptions('f', { k: -1 })).toThrow('f: options: k: not a non-negative integer (got -1)');
    expect(() => checkParseOptions('f', { fileName: 3 as never })).toThrow('f requires options.fileName to be a string');
  });
});
