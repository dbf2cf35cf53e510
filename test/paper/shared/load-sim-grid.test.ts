import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSimGrid } from '../../../lib/paper/shared/load-sim-grid.js';

// data/sim is committed: these run everywhere.
const base = {
  step: 'test',
  simDir: path.resolve(__dirname, '../../../data/sim'),
  simSystems: ['qwen3-32b@a100-80gb'],
  lengths: { prefill_tokens: [256, 1024], decode_tokens: [512] },
  settings: { alpha: [null, 0.9], k: [0, 2] },
  shortDecodes: [512],
  names: { lengths: 'lengths', settings: 'settings' },
};

describe('loadSimGrid', () => {
  it("returns the systems' rows and those of the grid's lengths and settings", async () => {
    const { all, grid } = await loadSimGrid(base);
    expect(all.length).toBeGreaterThan(grid.length);
    expect(new Set(grid.map((r) => `${r.prefill_tokens}/${r.decode_tokens} ${r.alpha} ${r.k}`))).toEqual(
      new Set(['256/512 null 0', '256/512 0.9 2', '1024/512 null 0', '1024/512 0.9 2']),
    );
  });

  it('fails on the first parameter the data do not hold, listing the values they hold', async () => {
    await expect(loadSimGrid({ ...base, simSystems: [] })).rejects.toThrow('test: P.simSystems must list at least one system');
    await expect(loadSimGrid({ ...base, lengths: { ...base.lengths, prefill_tokens: [300] } })).rejects.toThrow(
      'test: P.lengths.prefill_tokens 300 is not in the simulated data of P.simSystems (prefill lengths: 256, 512, 768, 1024)',
    );
    await expect(loadSimGrid({ ...base, settings: { ...base.settings, k: [5] } })).rejects.toThrow(
      'test: P.settings.k 5 is not in the simulated data of P.simSystems on the grid of P.lengths (draft lengths: 0, 1, 2, 3, 4, 6, 8, 10)',
    );
    await expect(loadSimGrid({ ...base, shortDecodes: [256] })).rejects.toThrow('test: P.shortDecodes 256 is not in the grid of P.lengths (decode lengths: 512)');
  });
});
