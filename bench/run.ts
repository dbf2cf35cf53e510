/**
 * `npm run bench [-- FILTER]`: imports every bench/*.bench.ts (in name order, or only those
 * whose file name contains FILTER), runs its `run()` and prints one table `name | median | unit`,
 * after a line with the Node version, the cores and the load average at start and end.
 * Each bench times itself and reports medians:
 *   export async function run(): Promise<Array<{ name: string; value: number; unit: string }>>
 * A bench that throws is reported with its error and the others still run; exit status 0.
 */
import * as fs from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';

interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filter === undefined || f.includes(filter))
    .sort();
  const rows: string[][] = [];
  const failures: string[] = [];
  const loadAtStart = loadavg()[0];
  for (const file of files) {
    const started = Date.now();
    process.stderr.write(`bench: ${file} ...\n`);
    try {
      const mod = (await import(path.join(__dirname, file))) as { run?: () => Promise<BenchResult[]> };
      if (typeof mod.run !== 'function') throw new Error('exports no run() function');
      const results = await mod.run();
      if (!Array.isArray(results)) throw new Error('run() did not return an array');
      for (const r of results) {
        if (!r || typeof r.name !== 'string' || typeof r.value !== 'number' || typeof r.unit !== 'string') {
          throw new Error(`run() returned a malformed result: ${JSON.stringify(r)}`);
        }
        rows.push([r.name, formatValue(r.value), r.unit]);
      }
      process.stderr.write(`bench: ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (err) {
      const message = err instanceof Error ? err.stack ?? err.message : String(err);
      failures.push(file);
      process.stderr.write(`bench: ${file} FAILED: ${message}\n`);
      rows.push([`${file}: FAILED (${firstLine(err)})`, '', '']);
    }
  }
  // Timings on a shared machine depend on its load: print it with them.
  process.stdout.write(`node ${process.version}, ${cpus().length} cores, load average (1 min) ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end\n`);
  process.stdout.write(formatTable(['name', 'median', 'unit'], rows));
  if (files.length === 0) process.stdout.write(`no bench files${filter ? ` matching '${filter}'` : ''}\n`);
  if (failures.length > 0) process.stdout.write(`${failures.length} bench file(s) failed: ${failures.join(', ')}\n`);
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 1e6 || abs < 1e-3 ? v.toExponential(3) : Number(v.toPrecision(4)).toString();
}

function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    '| ' + cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i === 1 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(0);
  },
);
