import { describe, expect, it } from 'vitest';
import { measuredBaseline } from '../../../lib/paper/per-setting/measured-baseline.js';
import { entry, setting } from '../group-fit-factory.js';

describe('measuredBaseline', () => {
  it("returns the own Eq. 1 fit of the system's k = 0 setting", () => {
    const fits = [
      entry({ verifier: 'A', decode_tokens: 128 }, { settings: [setting(1, 0.5, 1, 0.1)] }),
      entry({ verifier: 'A', decode_tokens: 1024 }, { settings: [setting(1, 0.5, 9, 0.5), setting(0, null, 12, 0.6)] }),
    ];
    expect(measuredBaseline(fits as never, { verifier: 'A', decode_tokens: 1024 })).toEqual({ c1: 12, c2: 0.6, system: 'verifier=A decode_tokens=1024' });
    expect(() => measuredBaseline(fits as never, { verifier: 'A', decode_tokens: 128 })).toThrow('measuredBaseline requires a fitted k = 0 sweep in verifier=A decode_tokens=128');
    expect(() => measuredBaseline(fits as never, { verifier: 'Z' })).toThrow('selectFit requires a group matching');
  });
});
