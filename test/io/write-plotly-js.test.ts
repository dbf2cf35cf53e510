import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PLOTLY_FILE, writePlotlyJs } from '../../lib/io/write-plotly-js.js';

describe('writePlotlyJs', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the shared plotly.min.js once into a new folder, and rewrites it only when it differs', () => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-plotly-')), 'figures');
    const file = writePlotlyJs(dir, '/* plotly v1 */');
    expect(file).toBe(path.resolve(dir, PLOTLY_FILE));
    expect(fs.readFileSync(file, 'utf8')).toBe('/* plotly v1 */');
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(0), new Date(0));
    writePlotlyJs(dir, '/* plotly v1 */');
    expect(fs.statSync(file).mtimeMs).toBe(0); // same content: left alone
    expect(before).toBeGreaterThan(0);
    writePlotlyJs(dir, '/* plotly v2 */');
    expect(fs.readFileSync(file, 'utf8')).toBe('/* plotly v2 */');
    expect(fs.readdirSync(dir)).toEqual([PLOTLY_FILE]); // no .part left behind
  });

  it('writes the bundle from node_modules by default and checks its folder', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-plotly-'));
    expect(fs.readFileSync(writePlotlyJs(dir), 'utf8')).toContain('plotly.js v3');
    expect(() => writePlotlyJs('')).toThrow('writePlotlyJs requires a folder name');
  });
});
