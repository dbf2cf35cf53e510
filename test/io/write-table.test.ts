import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTable } from '../../lib/io/write-table.js';
import type { TableSpec } from '../../lib/table/table-spec.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const table: TableSpec = {
  id: 'tab01-fit',
  caption: 'Eq. 1 fit',
  columns: [
    { key: 'verifier', label: 'verifier' },
    { key: 'c1', label: 'C1', unit: 's', digits: 2 },
  ],
  rows: [{ verifier: 'Qwen3-8B', c1: 1.23456 }],
};

describe('writeTable', () => {
  it('writes <id>.json (full precision), <id>.csv and <id>.md into outDir', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-table-'));
    dirs.push(dir);
    const outDir = path.join(dir, 'nested', 'tables');
    const files = writeTable(table, { outDir });
    expect(files).toEqual(['json', 'csv', 'md'].map((ext) => path.join(outDir, `tab01-fit.${ext}`)));
    expect(JSON.parse(fs.readFileSync(files[0], 'utf8'))).toEqual(table);
    expect(fs.readFileSync(files[1], 'utf8')).toBe('verifier,C1 (s)\nQwen3-8B,1.23\n');
    expect(fs.readFileSync(files[2], 'utf8')).toBe('| verifier | C1 (s) |\n| --- | ---: |\n| Qwen3-8B | 1.23 |\n\nTable: Eq. 1 fit\n');
  });

  it('writes nothing for a malformed table', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-table-'));
    dirs.push(dir);
    expect(() => writeTable({ ...table, id: '../x' }, { outDir: dir })).toThrow(/^writeTable requires an id/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
