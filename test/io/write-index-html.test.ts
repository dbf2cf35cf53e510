import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../lib/io/find-chromium.js';
import { writeIndexHtml } from '../../lib/io/write-index-html.js';

const chromium = findChromium();
if (!chromium) console.warn('write-index-html.test.ts: browser rendering check SKIPPED: no Chromium');

function figureJson(id: string, caption: string): string {
  const spec = { data: [{ type: 'scatter', x: [1, 2], y: [2, 3], name: id }], layout: { title: { text: `title ${id}` } } };
  return JSON.stringify({ id, caption, spec });
}

describe('writeIndexHtml', () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-index-'));
    fs.mkdirSync(path.join(out, 'figures'));
    fs.mkdirSync(path.join(out, 'tables'));
    fs.mkdirSync(path.join(out, 'notebooks'));
    fs.writeFileSync(path.join(out, 'figures', 'fig10-late.json'), figureJson('fig10-late', 'ten'));
    fs.writeFileSync(path.join(out, 'figures', 'fig2-early.json'), figureJson('fig2-early', 'two <b>bold</b>'));
    fs.writeFileSync(path.join(out, 'figures', 'fig2-early.png'), 'not really a png');
    fs.writeFileSync(path.join(out, 'figures', 'fig2-early.svg'), '<svg/>');
    const table = {
      id: 'tab01',
      caption: 'a table',
      columns: [{ key: 'c1', label: 'C1', unit: 's', digits: 3 }],
      rows: [{ c1: 0.12345 }],
    };
    fs.writeFileSync(path.join(out, 'tables', 'tab01.json'), JSON.stringify(table));
    fs.writeFileSync(path.join(out, 'tables', 'tab01.csv'), 'C1 (s)\n0.123\n');
    fs.writeFileSync(path.join(out, 'notebooks', '01-fits.ipynb'), '{}');
    fs.mkdirSync(path.join(out, 'claims'));
    const claim = { claim: 'fig1', data: 'real', verdict: 'holds', evidence: 'median deviation 2.1%', figure: 'fig2-early', notebook: '01-fits' };
    fs.writeFileSync(path.join(out, 'claims', 'fig1.real.json'), JSON.stringify(claim));
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('lists figures in natural id order, then tables, with captions, file links and notebooks', () => {
    const file = writeIndexHtml(out);
    expect(file).toBe(path.join(out, 'index.html'));
    const html = fs.readFileSync(file, 'utf8');
    expect(html.indexOf('id="figure-fig2-early"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="figure-fig2-early"')).toBeLessThan(html.indexOf('id="figure-fig10-late"'));
    expect(html.indexOf('id="figure-fig10-late"')).toBeLessThan(html.indexOf('id="table-tab01"'));
    expect(html).toContain('<p class="caption">two &lt;b&gt;bold&lt;/b&gt;</p>');
    expect(html).toContain('<a href="figures/fig2-early.png">PNG</a> · <a href="figures/fig2-early.svg">SVG</a>');
    expect(html).toContain('<td style="text-align:right">0.123</td>');
    expect(html).toContain('<a href="tables/tab01.csv">CSV</a>');
    expect(html).toContain('<a href="notebooks/01-fits.ipynb">01-fits.ipynb</a>');
    // plotly.js is not inlined: the page loads the one shared copy, written beside the figures
    expect(html).not.toContain('plotly.js v3');
    expect(html.split('<script type="text/javascript" src="figures/plotly.min.js" charset="utf-8"></script>')).toHaveLength(2);
    expect(fs.readFileSync(path.join(out, 'figures', 'plotly.min.js'), 'utf8')).toContain('plotly.js v3');
  });

  it('opens with the reproduction scorecard: the given claims, the notebooks\' verdicts, links to the figures', () => {
    const html = fs.readFileSync(writeIndexHtml(out, { claims: [{ id: 'fig1', figure: 'Fig. 1', statement: 'universal collapse' }] }), 'utf8');
    const card = html.indexOf('<h2 id="scorecard">Reproduction scorecard</h2>');
    expect(card).toBeGreaterThan(-1);
    expect(card).toBeLessThan(html.indexOf('id="figure-fig2-early"'));
    expect(html).toContain('<td>Fig. 1</td><td>universal collapse</td><td><span class="verdict verdict-holds">holds</span>: median deviation 2.1% <a href="#figure-fig2-early">fig2-early</a>');
    fs.writeFileSync(path.join(out, 'claims', 'bad.real.json'), JSON.stringify({ claim: 'bad', data: 'real' }));
    try {
      expect(() => writeIndexHtml(out)).toThrow(/^writeIndexHtml: .*bad\.real\.json: writeIndexHtml requires a non-empty evidence/);
    } finally {
      fs.rmSync(path.join(out, 'claims', 'bad.real.json'));
    }
  });

  it.skipIf(!chromium)('draws every figure when opened in a browser, without script errors', async () => {
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium!, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto('file://' + writeIndexHtml(out));
      await page.waitForFunction(() => document.querySelectorAll('.speclat-plot .main-svg').length >= 2);
      const titles = await page.locator('.speclat-plot .gtitle').allTextContents();
      expect(titles).toEqual(['title fig2-early', 'title fig10-late']);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('writes an empty index for an empty folder and names a broken json file', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-index-'));
    try {
      expect(fs.readFileSync(writeIndexHtml(empty), 'utf8')).toContain('No figures or tables were written.');
      fs.mkdirSync(path.join(empty, 'figures'));
      fs.writeFileSync(path.join(empty, 'figures', 'x.json'), '{"id": "x", "caption": "c"}');
      expect(() => writeIndexHtml(empty)).toThrow(`writeIndexHtml: ${path.join(empty, 'figures', 'x.json')}: writeIndexHtml requires a figure spec object (figure x)`);
      fs.writeFileSync(path.join(empty, 'figures', 'x.json'), '{oops');
      expect(() => writeIndexHtml(empty)).toThrow(/^writeIndexHtml: .*x\.json: not valid JSON/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
