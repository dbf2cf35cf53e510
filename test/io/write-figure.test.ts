import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../lib/io/find-chromium.js';
import { writeFigure } from '../../lib/io/write-figure.js';

const chromium = findChromium();
if (!chromium) console.warn('write-figure.test.ts: SVG test SKIPPED: no Chromium at /usr/bin/chromium');

describe('writeFigure', () => {
  it.skipIf(!chromium)('writes one figure with its own browser and closes it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-figure-'));
    try {
      const spec = { data: [{ type: 'bar', x: ['k=1', 'k=2'], y: [1.2, 1.5] }], layout: { xaxis: { title: { text: 'draft length k' } } } };
      const written = await writeFigure(spec, { id: 'fig-one', caption: 'one-off', outDir: dir, formats: ['svg'] });
      expect(written).toEqual({ id: 'fig-one', files: [path.join(dir, 'fig-one.json'), path.join(dir, 'fig-one.svg')] });
      expect(fs.readFileSync(path.join(dir, 'fig-one.svg'), 'utf8')).toContain('draft length k');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('requires an id and caption', async () => {
    await expect(writeFigure({ data: [], layout: {} }, undefined as never)).rejects.toThrow('writeFigure requires { id, caption }');
  });
});
