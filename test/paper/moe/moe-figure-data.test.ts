import { describe, expect, it } from 'vitest';
import { moeFigureData } from '../../../lib/paper/moe/moe-figure-data.js';
import { moeFits } from '../../../lib/paper/moe/moe-fits.js';
import { sweep } from '../moe-test-rows.js';

const ROWS = [...sweep('gpt-oss-20b', 0, 32, 4), ...sweep('gpt-oss-20b', 2, 32, 4), ...sweep('gpt-oss-20b', 5, 32, 4)];
const FITS = moeFits(ROWS, { routing: { 'gpt-oss-20b': { experts: 32, active: 4 } }, tokensPerRequest: 'k+1', share: 0.5 });

describe('moeFigureData', () => {
  it('selects the chosen draft lengths and passes points, both fits and the routing', () => {
    const d = moeFigureData(FITS, { ks: [0, 2], alpha: 0.8, prefillTokens: 512, decodeTokens: 128 });
    expect(d.fits.map((f) => f.k)).toEqual([0, 2]);
    expect(d.points).toHaveLength(10);
    expect(d.points[1]).toEqual({ model: 'gpt-oss-20b', k: 0, rps: 2, latencyS: ROWS[1].mean_latency_s });
    const f = d.fits[1];
    expect(f.routing).toEqual({ experts: 32, active: 4, tokensPerRequest: 3 });
    expect(f.plain).toEqual({ c1: FITS[1].fit!.plainEq1.c1, c2: FITS[1].fit!.plainEq1.c2 });
    expect(f.corrected.c1_u).toBe(FITS[1].fit!.c1_u);
    expect(f.plainR2).toBe(FITS[1].fit!.plainEq1.r2);
    expect(f.correctedR2).toBe(FITS[1].fit!.r2);
  });

  it('rejects a selection matching nothing', () => {
    expect(() => moeFigureData(FITS, { ks: [2], alpha: 0.6, prefillTokens: 512, decodeTokens: 128 })).toThrow(
      'moeFigureData requires a selection matching at least one fitted configuration (k in [2], alpha 0.6, 512/128)',
    );
    expect(() => moeFigureData(FITS, { ks: [], alpha: 0.8, prefillTokens: 512, decodeTokens: 128 })).toThrow('moeFigureData requires options.ks');
  });
});
