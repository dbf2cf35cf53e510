import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReport } from '../../lib/io/create-report.js';

const hasChromium = existsSync('/usr/bin/chromium');
const dir = mkdtempSync(join(tmpdir(), 'speclat-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createReport', () => {
  it('writes a table as CSV, Markdown and JSON under <outDir>/tables', () => {
    const report = createReport({ outDir: dir, display: false });
    const files = report.table({
      id: 'tab-test',
      caption: 'a test table',
      columns: [{ key: 'c1', label: 'C1', unit: 's', digits: 3 }],
      rows: [{ c1: 1.23456 }],
    });
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['tables/tab-test.csv', 'tables/tab-test.json', 'tables/tab-test.md']);
    expect(readFileSync(join(dir, 'tables/tab-test.csv'), 'utf8')).toContain('1.235');
  });

  it('lists what it showed, in order: tables with caption and column labels, Markdown, claims', () => {
    const report = createReport({ outDir: dir, display: false, notebook: 'nb' });
    report.table({ id: 'tab-shown', caption: 'fits at α = 0.6', columns: [{ key: 'c1', label: 'C1', unit: 's', digits: 3 }], rows: [] });
    report.markdown('The best k at α = 0.6 is 3.');
    report.claim({ claim: 'fig2b-c1r', data: 'real', verdict: 'holds', evidence: '48 of 48 settings', figure: 'tab-shown' });
    expect(report.shown).toEqual([
      { kind: 'table', id: 'tab-shown', text: 'fits at α = 0.6\nC1' },
      { kind: 'markdown', id: '', text: 'The best k at α = 0.6 is 3.' },
      { kind: 'claim', id: 'fig2b-c1r', text: 'real: holds. 48 of 48 settings' },
    ]);
    expect(() => report.markdown(3 as unknown as string)).toThrow('report.markdown requires a string, got number');
  });

  it('records a claim check under <outDir>/claims with the notebook it came from', () => {
    const report = createReport({ outDir: dir, display: false, notebook: '05-generalisation' });
    const file = report.claim({ claim: 'fig7-held-out', data: 'simulated', verdict: 'fails', evidence: '0 of 8 systems reach 0.97', figure: null });
    expect(file.slice(dir.length + 1)).toBe('claims/fig7-held-out.simulated.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).notebook).toBe('05-generalisation');
    expect(() => createReport({ outDir: dir, display: false }).claim({ claim: 'x', data: 'real', verdict: 'holds', evidence: 'e', figure: null })).toThrow(
      'report.claim requires the notebook name',
    );
  });

  it.skipIf(!hasChromium)('writes a figure as PNG, SVG, HTML and JSON with one browser', async () => {
    const report = createReport({ outDir: dir, display: false });
    try {
      const files = await report.figure({
        id: 'fig-test',
        caption: 'a test figure',
        spec: { data: [{ type: 'scatter', x: [1, 2], y: [3, 4] }], layout: { xaxis: { title: { text: 'RPS (requests/s)' } } } },
      });
      expect(files.map((f) => f.replace(/^.*\//, '')).sort()).toEqual(['fig-test.html', 'fig-test.json', 'fig-test.png', 'fig-test.svg']);
      expect(readFileSync(join(dir, 'figures/fig-test.svg'), 'utf8')).toContain('RPS (requests/s)');
      expect(report.shown).toEqual([{ kind: 'figure', id: 'fig-test', text: '\na test figure' }]);
    } finally {
      await report.close();
    }
  });
});
