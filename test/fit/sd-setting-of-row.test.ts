import { describe, expect, it } from 'vitest';
import { sdSettingOfRow } from '../../lib/fit/sd-setting-of-row.js';
import { tidyRow } from './tidy-row-factory.js';

describe('sdSettingOfRow', () => {
  it('uses E = 1 without SD, E(alpha, k) with alpha, else the measured column', () => {
    expect(sdSettingOfRow(tidyRow({ k: 0, decode_tokens: 64 }))).toEqual({ k: 0, expectedTokens: 1, decodeTokens: 64, from: 'none' });
    // 1 + 0.5 + 0.25 = 1.75
    expect(sdSettingOfRow(tidyRow({ k: 2, alpha: 0.5 }))).toEqual({ k: 2, expectedTokens: 1.75, decodeTokens: 128, from: 'alpha' });
    expect(sdSettingOfRow(tidyRow({ k: 3, acceptance_length: 2.4 }))).toEqual({ k: 3, expectedTokens: 2.4, decodeTokens: 128, from: 'column' });
    expect(sdSettingOfRow(tidyRow({ k: 3, my_e: 2.2 }), 'my_e')).toMatchObject({ expectedTokens: 2.2 });
  });

  it('explains rows without a usable setting', () => {
    expect(sdSettingOfRow(tidyRow({ k: 3 }))).toBe('k = 3 without alpha or a measured acceptance_length in [1, k + 1]');
    expect(sdSettingOfRow(tidyRow({ k: 3, acceptance_length: 5 }))).toMatch(/^k = 3 without alpha/);
    expect(sdSettingOfRow(tidyRow({ k: 1.5 }))).toBe('invalid k 1.5');
    expect(sdSettingOfRow(tidyRow({ decode_tokens: 0 }))).toBe('invalid decode_tokens 0');
  });
});
