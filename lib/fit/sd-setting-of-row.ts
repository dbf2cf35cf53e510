import type { TidyRow } from '../data/tidy-schema.js';
import { expectedTokens } from '../model/expected-tokens.js';

/** The speculative-decoding setting of one row, as Eq. 3 needs it. */
export interface RowSdSetting {
  /** Draft length (0: no speculation). */
  k: number;
  /** Expected committed tokens per verification cycle (1 when k = 0). */
  expectedTokens: number;
  /** Output tokens per request (g). */
  decodeTokens: number;
  /** Where E came from. */
  from: 'none' | 'alpha' | 'column';
}

/**
 * The Eq. 3 setting of a tidy row: k, E and g. E is 1 without speculation, E(alpha, k) of Eq. 3
 * when alpha is known, else the measured acceptance length in `column` (vLLM's mean acceptance
 * length 1 + accepted / drafts is E) when the row has it.
 *
 * @param row a tidy row
 * @param column the extra column holding a measured E (default 'acceptance_length')
 * @returns the setting, or a string saying why the row has none
 * @throws nothing: a row without a setting yields its reason instead
 * @example
 * sdSettingOfRow({ ...row, k: 2, alpha: 0.5, decode_tokens: 128 }); // { k: 2, expectedTokens: 1.75, decodeTokens: 128, from: 'alpha' }
 */
export function sdSettingOfRow(row: TidyRow, column = 'acceptance_length'): RowSdSetting | string {
  const k = row.k;
  const g = row.decode_tokens;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0) return `invalid k ${String(k)}`;
  if (typeof g !== 'number' || !(g > 0) || !Number.isFinite(g)) return `invalid decode_tokens ${String(g)}`;
  if (k === 0) return { k, expectedTokens: 1, decodeTokens: g, from: 'none' };
  if (typeof row.alpha === 'number' && row.alpha >= 0 && row.alpha <= 1) {
    return { k, expectedTokens: expectedTokens(row.alpha, k), decodeTokens: g, from: 'alpha' };
  }
  const measured = row[column];
  if (typeof measured === 'number' && Number.isFinite(measured) && measured >= 1 && measured <= k + 1) {
    return { k, expectedTokens: measured, decodeTokens: g, from: 'column' };
  }
  return `k = ${k} without alpha or a measured ${column} in [1, k + 1]`;
}
