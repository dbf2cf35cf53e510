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
      minAcceptance: 0.05,
      columns: {},
      lengthTolerance: 0.1,
    });
    expect(checkParseOptions('f', undefined).file).toBe('<text>');
    const mapped = checkParseOptions('f', { columns: { mean_latency_s: 'latency' }, minAcceptance: 0, lengthTolerance: 0 });
    expect([mapped.columns, mapped.minAcceptance, mapped.lengthTolerance]).toEqual([{ mean_latency_s: 'latency' }, 0, 0]);
  });
  it('requires a warnings array with skipInvalid, and valid values', () => {
    expect(() => checkParseOptions('f', { skipInvalid: true })).toThrow('f requires options.warnings (an array) when skipInvalid is true');
    expect(() => checkParseOptions('f', { k: -1 })).toThrow('f: options: k: not a non-negative integer (got -1)');
    expect(() => checkParseOptions('f', { fileName: 3 as never })).toThrow('f requires options.fileName to be a string');
    expect(() => checkParseOptions('f', { minAcceptance: 2 })).toThrow('f requires options.minAcceptance to be a number in [0, 1], got 2');
    expect(() => checkParseOptions('f', { lengthTolerance: -0.1 })).toThrow('f requires options.lengthTolerance to be a number >= 0, got -0.1');
    expect(() => checkParseOptions('f', { columns: { a: 'x', b: 'x' } })).toThrow('f requires options.columns to use each file column once, got a=x and b=x');
    expect(() => checkParseOptions('f', { columns: { a: '' } })).toThrow('f requires options.columns to map column names to non-empty column names, got a=');
  });
});
