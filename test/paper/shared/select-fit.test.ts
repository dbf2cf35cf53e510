import { describe, expect, it } from 'vitest';
import { selectFit } from '../../../lib/paper/shared/select-fit.js';
import { entry, failedEntry } from '../group-fit-factory.js';

describe('selectFit', () => {
  const fits = [failedEntry({ verifier: 'A', k: 1 }, 'too few points'), entry({ verifier: 'B', k: 1 }, { c: 2 }), entry({ verifier: 'B', k: 2 }, { c: 3 })];
  it('returns the first successful fit matching every key value', () => {
    expect(selectFit(fits, { verifier: 'B' }).fit).toEqual({ c: 2 });
    expect(selectFit(fits, { verifier: 'B', k: 2 }).fit).toEqual({ c: 3 });
    expect(selectFit(fits, {}).fit).toEqual({ c: 2 });
  });
  it('names the failure of a matching group, or says nothing matched', () => {
    expect(() => selectFit(fits, { verifier: 'A' })).toThrow('selectFit requires a successful fit for {"verifier":"A"}: verifier=A k=1 failed: too few points');
    expect(() => selectFit(fits, { verifier: 'C' })).toThrow('selectFit requires a group matching {"verifier":"C"} (have 3 groups)');
  });
});
