import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharePlotlyInNotebook } from '../../lib/io/share-plotly-in-notebook.js';
import { figureMimeBundle, PLOTLY_MIME } from '../../lib/plot/figure-mime-bundle.js';

const FAKE_PLOTLY = 'window.Plotly = {};\n/* plotly.js v3 (fake) */';
const spec = { data: [{ type: 'scatter', x: [1], y: [2] }], layout: {} };

/** An executed notebook as nbformat writes it: multi-line strings as lists of lines. */
function notebookWith(outputs: Array<Record<string, unknown>>): string {
  const asLines = (text: string): string[] => text.split(/(?<=\n)/);
  return JSON.stringify({
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# t'] },
      {
        cell_type: 'code',
        metadata: {},
        source: ['x'],
        outputs: outputs.map((data) => ({
          output_type: 'display_data',
          metadata: {},
          data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? asLines(v) : v])),
        })),
      },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });
}

describe('sharePlotlyInNotebook', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the inlined plotly.js of figure outputs by a script src and keeps the rest', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-share-'));
    const file = path.join(dir, 'nb.ipynb');
    const first = figureMimeBundle(spec, { divId: 'a', plotlyJs: FAKE_PLOTLY });
    const later = figureMimeBundle(spec, { divId: 'b' });
    fs.writeFileSync(file, notebookWith([first, later, { 'text/plain': 'hello' }]));
    expect(sharePlotlyInNotebook(file, '../figures/plotly.min.js', FAKE_PLOTLY)).toBe(1);
    const nb = JSON.parse(fs.readFileSync(file, 'utf8'));
    const outputs = nb.cells[1].outputs;
    const html = outputs[0].data['text/html'].join('');
    expect(html).not.toContain('plotly.js v3 (fake)');
    expect(html.startsWith('<script type="text/javascript" src="../figures/plotly.min.js" charset="utf-8"></script>\n<div id="a"')).toBe(true);
    expect(outputs[0].data[PLOTLY_MIME]).toEqual(first[PLOTLY_MIME]);
    expect(outputs[1].data['text/html'].join('')).toBe(later['text/html']);
    expect(outputs[2].data['text/plain']).toEqual(['hello']);
    expect(nb.cells[0]).toEqual({ cell_type: 'markdown', metadata: {}, source: ['# t'] });
  });

  it('leaves a notebook without inlined plotly.js untouched and names a file that is no notebook', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-share-'));
    const file = path.join(dir, 'nb.ipynb');
    const text = notebookWith([{ 'text/plain': 'x' }]);
    fs.writeFileSync(file, text);
    expect(sharePlotlyInNotebook(file, 'p.js', FAKE_PLOTLY)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    fs.writeFileSync(file, '{"x": 1}');
    expect(() => sharePlotlyInNotebook(file, 'p.js', FAKE_PLOTLY)).toThrow(`sharePlotlyInNotebook: ${file}: no cells (not a notebook)`);
  });
});
