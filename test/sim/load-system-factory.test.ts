import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSystemFactory } from '../../lib/sim/load-system-factory.js';

const modulePath = path.resolve(__dirname, 'fake-system.ts');

describe('loadSystemFactory', () => {
  it('loads the export and resolves each distinct argument once', async () => {
    const get = await loadSystemFactory({ modulePath, exportName: 'fakeSystem' });
    const a = get({ engine: { maxNumSeqs: 8 } });
    expect(a.engine.maxNumSeqs).toBe(8);
    expect(get({ engine: { maxNumSeqs: 8 } })).toBe(a);
    expect(get({})).not.toBe(a);
    // a custom loader
    let loaded = '';
    const viaLoader = await loadSystemFactory({ modulePath: '/x.ts', exportName: 'f' }, (p) => {
      loaded = p;
      return { f: () => a };
    });
    expect(viaLoader(1)).toBe(a);
    expect(loaded).toBe('/x.ts');
  });

  it('names a missing module or export', async () => {
    await expect(loadSystemFactory({ modulePath, exportName: 'nope' })).rejects.toThrow(/export a function nope/);
    await expect(loadSystemFactory({ modulePath: path.resolve(__dirname, 'missing-module.ts'), exportName: 'x' })).rejects.toThrow(/^loadSystemFactory requires a loadable module/);
  });
});
