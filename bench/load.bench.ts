/**
 * Loading cost of the real data set (lib/data): time to read and parse all 240
 * speculators-scaling files into 2400 tidy rows (loadSpeculatorsScaling), the parse-only share
 * (parseMeasurements on texts already in memory), and building the arquero table.
 * Skipped, with a message on stderr, when data/speculators-scaling is absent (npm run data:fetch).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { SPECULATORS_SCALING_DIR, loadSpeculatorsScaling } from '../lib/data/load-speculators-scaling.js';
import { parseMeasurements } from '../lib/data/parse-measurements.js';
import { toTable } from '../lib/data/to-table.js';
import { median } from './median.js';

const RUNS = 5;

export async function run(): Promise<Array<{ name: string; value: number; unit: string }>> {
  if (!existsSync(SPECULATORS_SCALING_DIR)) {
    process.stderr.write(`bench: load.bench.ts skipped: ${SPECULATORS_SCALING_DIR} is absent (run npm run data:fetch)\n`);
    return [];
  }
  const loadMs: number[] = [];
  let rows = await loadSpeculatorsScaling(); // warm-up (module loading, file cache)
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    rows = await loadSpeculatorsScaling();
    loadMs.push(performance.now() - t0);
  }

  const names = readdirSync(SPECULATORS_SCALING_DIR).filter((f) => f.endsWith('.json'));
  const texts = names.map((f) => [f, readFileSync(path.join(SPECULATORS_SCALING_DIR, f), 'utf8')] as const);
  const parseMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (const [f, text] of texts) parseMeasurements(text, { fileName: f });
    parseMs.push(performance.now() - t0);
  }

  const tableMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    toTable(rows);
    tableMs.push(performance.now() - t0);
  }
  const mb = texts.reduce((s, [, t]) => s + t.length, 0) / 1e6;
  return [
    { name: `loadSpeculatorsScaling: ${names.length} files -> ${rows.length} rows (${mb.toFixed(0)} MB)`, value: median(loadMs), unit: 'ms' },
    { name: `parseMeasurements only, ${names.length} files in memory`, value: median(parseMs), unit: 'ms' },
    { name: `toTable, ${rows.length} rows`, value: median(tableMs), unit: 'ms' },
  ];
}
