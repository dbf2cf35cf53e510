import { describe, expect, it } from 'vitest';
import { checkMeasurementConfig, mergeMeasurementConfig } from '../../lib/data/measurement-config.js';

describe('checkMeasurementConfig', () => {
  it('keeps known keys and rejects unknown keys or bad values', () => {
    expect(checkMeasurementConfig({ verifier: 'V', k: 2, alpha: null, prefill_tokens: 512 }, 'f', 'm.json')).toEqual({
      verifier: 'V',
      k: 2,
      alpha: null,
      prefill_tokens: 512,
    });
    expect(() => checkMeasurementConfig({ verfier: 'V' }, 'f', 'm.json')).toThrow(/^f: m\.json: verfier: unknown key/);
    expect(() => checkMeasurementConfig({ k: 1.5 }, 'f', 'm.json')).toThrow('f: m.json: k: not a non-negative integer (got 1.5)');
    expect(() => checkMeasurementConfig({ alpha: 2 }, 'f', 'm.json')).toThrow('f: m.json: alpha: not a number in [0, 1] or null (got 2)');
    expect(() => checkMeasurementConfig({ decode_tokens: 0 }, 'f', 'm.json')).toThrow('f: m.json: decode_tokens: not a positive integer (got 0)');
    expect(() => checkMeasurementConfig({ hardware: 3 }, 'f', 'm.json')).toThrow('f: m.json: hardware: not a string (got 3)');
    expect(() => checkMeasurementConfig({ verifier: '' }, 'f', 'm.json')).toThrow('f: m.json: verifier: empty');
    expect(() => checkMeasurementConfig([1], 'f', 'm.json')).toThrow('f: m.json: (document): not a JSON object');
  });
});

describe('mergeMeasurementConfig', () => {
  it('takes each key from the first layer that sets it (null counts as set)', () => {
    expect(mergeMeasurementConfig({ k: 2 }, { k: 5, hardware: 'H100', alpha: null }, { alpha: 0.5, verifier: 'V' })).toEqual({
      k: 2,
      hardware: 'H100',
      alpha: null,
      verifier: 'V',
    });
    expect(mergeMeasurementConfig(undefined, {})).toEqual({});
  });
});
