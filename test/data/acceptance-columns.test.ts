import { describe, expect, it } from 'vitest';
import type { MeasuredAcceptance } from '../../lib/data/acceptance-columns.js';
import { acceptanceColumns, lowAcceptanceWarning } from '../../lib/data/acceptance-columns.js';

const none: MeasuredAcceptance = { k: 3, acceptanceLength: null, acceptanceRate: null, perPosition: null, numDrafts: null, draftTokens: null, acceptedTokens: null };

describe('acceptanceColumns', () => {
  it('writes the measured columns and the i.i.d. alpha estimate', () => {
    const cols = acceptanceColumns({ ...none, k: 2, acceptanceLength: 1.75, acceptanceRate: 0.375, perPosition: [0.5, 0.25], numDrafts: 8, draftTokens: 16, acceptedTokens: 6 });
    expect(cols).toEqual({
      acceptance_length: 1.75,
      acceptance_rate: 0.375,
      acceptance_rate_pos_1: 0.5,
      acceptance_rate_pos_2: 0.25,
      num_drafts: 8,
      draft_tokens: 16,
      accepted_tokens: 6,
      alpha_estimate: expect.closeTo(0.5, 12),
    });
  });

  it('has no alpha estimate without a length, at k = 0, or with a length beyond k + 1', () => {
    expect(acceptanceColumns(none).alpha_estimate).toBeNull();
    expect(acceptanceColumns({ ...none, k: 0, acceptanceLength: 1 }).alpha_estimate).toBeNull();
    expect(acceptanceColumns({ ...none, k: 1, acceptanceLength: 2.5 }).alpha_estimate).toBeNull();
  });
});

describe('lowAcceptanceWarning', () => {
  it('names the file and the counts below the threshold (the issue: 52 of 744,390 drafted tokens)', () => {
    const msg = lowAcceptanceWarning({ ...none, draftTokens: 744390, acceptedTokens: 52 }, 0.05, 'eagle3.json');
    expect(msg).toMatch(/^eagle3\.json: near-zero speculative acceptance: 52 of 744390 drafted tokens accepted \(0\.00699% < 5%\)/);
  });

  it('falls back to the rate, then to the acceptance length; silent above the threshold or without data', () => {
    expect(lowAcceptanceWarning({ ...none, acceptanceRate: 0.01 }, 0.05, 'a')).toMatch(/acceptance rate \(1% < 5%\)/);
    expect(lowAcceptanceWarning({ ...none, acceptanceLength: 1.03 }, 0.05, 'a')).toMatch(/acceptance length 1\.03 at k = 3 \(1% < 5%\)/);
    expect(lowAcceptanceWarning({ ...none, acceptanceRate: 0.72 }, 0.05, 'a')).toBeNull();
    expect(lowAcceptanceWarning(none, 0.05, 'a')).toBeNull();
  });
});
