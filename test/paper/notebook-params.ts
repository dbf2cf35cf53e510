import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The parameter object P of a notebook, read from its parameter cell (`const P: step.Params = {...};`)
 * and evaluated as a JavaScript object literal, so that step tests run with exactly the
 * notebook's defaults.
 *
 * @param notebook file name in notebooks/ (e.g. '01-baseline-collapse.ipynb')
 * @returns a fresh copy of P (safe to change)
 * @throws {Error} when the notebook has no such cell
 */
export function notebookParams<T>(notebook: string): T {
  const nb = JSON.parse(fs.readFileSync(path.join(ROOT, 'notebooks', notebook), 'utf8')) as { cells: Array<{ cell_type: string; source: string[] | string }> };
  for (const cell of nb.cells) {
    if (cell.cell_type !== 'code') continue;
    const text = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    const m = /const P: step\.Params = (\{[\s\S]*?\n\});/.exec(text);
    if (m) return new Function(`return (${m[1]});`)() as T;
  }
  throw new Error(`notebookParams: ${notebook} has no cell with 'const P: step.Params = {...};'`);
}

/** True when the real speculators-scaling data are present (CI has them). */
export const HAS_REAL_DATA = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling'));

/** The repository root (notebook parameters name folders relative to it). */
export const REPO_ROOT = ROOT;
