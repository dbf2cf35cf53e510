// Test helper (not a test file): the parameter cell of a notebook, evaluated, so that step tests
// run with exactly the values the notebook uses and change one of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** The project root (tests resolve the notebook's relative data folders against it). */
export const ROOT = path.resolve(__dirname, '../..');

/**
 * The object `P` of a notebook's parameter cell (the code cell that declares `const P`),
 * transpiled from TypeScript and evaluated; keys ending in `Dir` are made absolute against ROOT.
 *
 * @param notebook file name in notebooks/, e.g. '06-speedup-draft-length.ipynb'
 * @returns a fresh copy of P on every call
 * @throws {Error} when the notebook has no code cell declaring `const P`
 */
export function notebookParams<T>(notebook: string): T {
  const nb = JSON.parse(fs.readFileSync(path.join(ROOT, 'notebooks', notebook), 'utf8')) as { cells: Array<{ cell_type: string; source: string[] | string }> };
  const cells = nb.cells.filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source));
  const cell = cells.find((s) => /^\s*const P\b/m.test(s));
  if (cell === undefined) throw new Error(`notebookParams: ${notebook} has no code cell declaring const P`);
  // Only the declaration of P: a parameter cell may hold other statements (an import, a report).
  const decl = /^\s*const P\b(?::[^=]+)?=\s*(\{[\s\S]*?\n\});/m.exec(cell);
  const source = decl ? `const P = ${decl[1]};` : cell;
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  const P = new Function(`${js}\nreturn P;`)() as Record<string, unknown>;
  for (const [key, value] of Object.entries(P)) if (key.endsWith('Dir') && typeof value === 'string') P[key] = path.resolve(ROOT, value);
  return P as T;
}

/** True when the real speculators-scaling data are present (CI has them). */
export const HAS_REAL_DATA = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling'));

/** The repository root (notebook parameters name folders relative to it). */
export const REPO_ROOT = ROOT;
