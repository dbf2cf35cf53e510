import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureSpec } from '../../lib/plot/figure-spec.js';
import { createFigureWriter, type FigureWriter } from '../../lib/io/create-figure-writer.js';
import { findChromium } from '../../lib/io/find-chromium.js';

const chromium = findChromium();
if (!chromium) {
  console.warn('create-figure-writer.test.ts: PNG/SVG tests SKIPPED: no Chromium at /usr/bin/chromium (run bash scripts/setup.sh)');
}

const spec: FigureSpec = {
  data: [{ type: 'scatter', mode: 'lines+markers', x: [0, 1, 2], y: [1, 1.5, 3], name: 'Eq. 1' }],
  layout: {
    title: { text: 'Latency under load' },
    xaxis: { title: { text: 'RPS (requests/s)' } },
    yaxis: { title: { text: 'mean latency (s)' } },
    width: 640,
    height: 400,
  },
};

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian), per the PNG spec. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('createFigureWriter', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-figures-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe.skipIf(!chromium)('with Chromium', () => {
    let writer: FigureWriter;
    beforeAll(async () => {
      writer = await createFigureWriter({ outDir: dir });
    });
    afterAll(async () => writer.close());

    it('writes a real PNG of layout size x pngScale, an SVG with the axis titles, HTML and JSON', async () => {
      const written = await writer.write(spec, { id: 'fig01-test', caption: 'A test & its caption' });
      expect(written.files.map((f) => path.basename(f))).toEqual([
        'fig01-test.json',
        'fig01-test.png',
        'fig01-test.svg',
        'fig01-test.html',
      ]);
      const png = fs.readFileSync(path.join(dir, 'fig01-test.png'));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png)).toEqual({ width: 1280, height: 800 });
      expect(png.length).toBeGreaterThan(10_000); // a blank 1280x800 image compresses to far less
      const svg = fs.readFileSync(path.join(dir, 'fig01-test.svg'), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toMatch(/width="640"/);
      expect(svg).toContain('RPS (requests/s)');
      expect(svg).toContain('mean latency (s)');
      const html = fs.readFileSync(path.join(dir, 'fig01-test.html'), 'utf8');
      expect(html).toContain('A test &amp; its caption');
      // the page loads the one shared plotly.js written beside it, instead of carrying 4.8 MB itself
      expect(html).not.toContain('plotly.js v3');
      expect(html).toContain('<script type="text/javascript" src="plotly.min.js" charset="utf-8"></script>');
      expect(fs.readFileSync(path.join(dir, 'plotly.min.js'), 'utf8')).toContain('plotly.js v3');
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'fig01-test.json'), 'utf8'));
      expect(json).toEqual({ id: 'fig01-test', caption: 'A test & its caption', spec });
    });

    it('reuses the browser for later figures and honours per-call formats and default sizes', async () => {
      const started = Date.now();
      const { layout, ...rest } = spec;
      const { width: _w, height: _h, ...unsized } = layout;
      const written = await writer.write({ ...rest, layout: unsized }, { id: 'fig02', caption: '' }, { formats: ['png'] });
      expect(written.files.map((f) => path.basename(f))).toEqual(['fig02.json', 'fig02.png']);
      expect(pngSize(fs.readFileSync(path.join(dir, 'fig02.png')))).toEqual({ width: 1600, height: 1000 });
      expect(Date.now() - started).toBeLessThan(20_000);
    });

    it('still writes a spec of which Plotly ignores parts (unknown trace type, bad width)', async () => {
      const bad: FigureSpec = { data: [{ type: 'no-such-trace-type', x: [1] }], layout: { width: 'wide' } as Record<string, unknown> };
      // Plotly ignores unknown trace types and bad sizes rather than failing; the file still appears.
      const written = await writer.write(bad, { id: 'fig03', caption: '' }, { formats: ['svg'] });
      expect(fs.readFileSync(written.files[1], 'utf8').startsWith('<svg')).toBe(true);
    });
  });

  it('writes HTML and JSON without any browser, and says Chromium is needed for images', async () => {
    const writer = await createFigureWriter({ outDir: dir, executablePath: '/nonexistent/chromium', formats: ['html'] });
    try {
      const written = await writer.write(spec, { id: 'fig-html', caption: 'c' });
      expect(written.files.map((f) => path.basename(f))).toEqual(['fig-html.json', 'fig-html.html']);
      await expect(writer.write(spec, { id: 'fig-png', caption: 'c' }, { formats: ['png'] })).rejects.toThrow(
        'writeFigure requires Chromium for PNG/SVG',
      );
    } finally {
      await writer.close();
    }
    await expect(writer.write(spec, { id: 'late', caption: '' })).rejects.toThrow('writeFigure requires an open writer');
  });

  it('checks options and inputs', async () => {
    await expect(createFigureWriter({ formats: ['pdf' as 'png'] })).rejects.toThrow(
      'createFigureWriter requires formats among png, svg, html',
    );
    await expect(createFigureWriter({ pngScale: 0 })).rejects.toThrow('createFigureWriter requires a positive pngScale');
    const writer = await createFigureWriter({ outDir: dir, formats: ['html'] });
    await expect(writer.write(spec, { id: 'bad id', caption: '' })).rejects.toThrow(/^writeFigure requires an id/);
    await writer.close();
  });
});
