/**
 * Figure and table export cost (lib/io): how long one figure takes to write as PNG + SVG +
 * HTML with a reused headless Chromium, what starting the browser adds, and a table's
 * CSV + Markdown + JSON. The figure is Fig. 1-sized: 20 traces of 10 points plus a curve.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FigureSpec } from '../lib/plot/figure-spec.js';
import { createFigureWriter } from '../lib/io/create-figure-writer.js';
import { writeTable } from '../lib/io/write-table.js';
import type { TableSpec } from '../lib/table/table-spec.js';
import { median } from './median.js';

function benchFigure(variant: number): FigureSpec {
  const traces: Array<Record<string, unknown>> = [];
  for (let t = 0; t < 20; t++) {
    const x = Array.from({ length: 10 }, (_, i) => (i + 1) / 11);
    traces.push({ type: 'scatter', mode: 'markers', name: `config ${t}`, x, y: x.map((v) => 1 / (1 - v) + 0.01 * ((t + variant) % 5)) });
  }
  const xs = Array.from({ length: 100 }, (_, i) => i / 101);
  traces.push({ type: 'scatter', mode: 'lines', name: 'y = 1/(1-x)', x: xs, y: xs.map((v) => 1 / (1 - v)) });
  return {
    data: traces,
    layout: {
      title: { text: `bench figure ${variant}` },
      xaxis: { title: { text: 'RPS·C2' } },
      yaxis: { title: { text: 'L / C1' }, type: 'log' },
      width: 800,
      height: 500,
    },
  };
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-bench-export-'));
  try {
    const t0 = performance.now();
    const writer = await createFigureWriter({ outDir: dir });
    let firstS: number;
    const reusedS: number[] = [];
    const htmlOnlyS: number[] = [];
    try {
      await writer.write(benchFigure(0), { id: 'first', caption: 'first' });
      firstS = (performance.now() - t0) / 1000;
      for (let i = 1; i <= 7; i++) {
        const t = performance.now();
        await writer.write(benchFigure(i), { id: `fig${i}`, caption: 'bench' });
        reusedS.push((performance.now() - t) / 1000);
      }
      for (let i = 1; i <= 5; i++) {
        const t = performance.now();
        await writer.write(benchFigure(i), { id: `html${i}`, caption: 'bench' }, { formats: ['html'] });
        htmlOnlyS.push((performance.now() - t) / 1000);
      }
    } finally {
      await writer.close();
    }
    const table: TableSpec = {
      id: 'bench-table',
      caption: 'bench',
      columns: [
        { key: 'verifier', label: 'verifier' },
        { key: 'k', label: 'k' },
        { key: 'c1', label: 'C1', unit: 's', digits: 4 },
        { key: 'c2', label: 'C2', unit: 's', digits: 5 },
      ],
      rows: Array.from({ length: 240 }, (_, i) => ({ verifier: `Qwen3-${i % 5}B`, k: i % 10, c1: 1 + i / 7, c2: 0.01 * i })),
    };
    const tableS: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      writeTable({ ...table, id: `bench-table-${i}` }, { outDir: dir });
      tableS.push((performance.now() - t) / 1000);
    }
    return [
      { name: 'export: first figure incl. Chromium start (png+svg+html)', value: firstS, unit: 's' },
      { name: 'export: figure png+svg+html, reused browser', value: median(reusedS), unit: 's' },
      { name: 'export: figure html only (4.8 MB plotly inline)', value: median(htmlOnlyS), unit: 's' },
      { name: 'export: table 240x4 csv+md+json', value: median(tableS) * 1000, unit: 'ms' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
