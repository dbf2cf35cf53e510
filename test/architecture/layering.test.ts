import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The library's layering: each folder of lib/ may import only the folders listed for it (and
 * itself). util and random sit at the bottom; the model (pure equations) above util only; the data
 * loaders above the model (they derive columns such as alpha_estimate by inverting the model's
 * acceptance equation, and the model imports nothing but util, so no circle can form); the
 * simulator above data (never the model or the fitters: it implements the mechanism, not the
 * equations); the fitters above the model and the data; the plot and table kits know nothing of
 * the domain; io writes what the kits build; the paper steps use everything below them; the CLI
 * sits on top. Inside lib/paper, a step imports only its own folder and lib/paper/shared.
 */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  random: ['util'],
  model: ['util'],
  data: ['model', 'util'],
  sim: ['data', 'random', 'util'],
  fit: ['model', 'data', 'random', 'util'],
  plot: ['util'],
  table: ['util'],
  io: ['plot', 'table', 'data', 'sim', 'random', 'util'],
  paper: ['fit', 'model', 'data', 'sim', 'plot', 'table', 'io', 'random', 'util'],
  cli: ['paper', 'fit', 'model', 'data', 'sim', 'plot', 'table', 'io', 'random', 'util'],
};

/**
 * Known violations still to be removed, each named with its reason. The test fails when one of
 * them disappears (so the list only shrinks) and on any violation not listed.
 * None is left; a violation that must land before its fix is listed here with its reason.
 */
const KNOWN_VIOLATIONS: readonly string[] = [
];

const LIB = path.resolve(__dirname, '../../lib');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a file, resolved to lib-relative paths of .ts (or other) files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
    out.push(path.relative(LIB, target));
  }
  return out;
}

const folderOf = (rel: string): string => (rel.includes(path.sep) ? rel.split(path.sep)[0] : '(root)');
const files = sourceFiles(LIB);
const graph = new Map(files.map((f) => [path.relative(LIB, f), importsOf(f)]));

describe('lib/ layering', () => {
  it('knows every folder of lib/', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    folders.delete('(root)');
    expect([...folders].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('imports only downward: each folder uses only the folders allowed for it', () => {
    const violations: string[] = [];
    for (const [file, deps] of graph) {
      const from = folderOf(file);
      for (const dep of deps) {
        const to = folderOf(dep);
        if (dep.startsWith('..')) violations.push(`${file} -> ${dep} (outside lib/)`);
        else if (from === '(root)') {
          if (to !== 'cli') violations.push(`${file} -> ${dep} (lib/cli.ts only dispatches to lib/cli)`);
        } else if (to !== from && !(ALLOWED[from] ?? []).includes(to)) violations.push(`${file} -> ${dep}`);
      }
    }
    expect(violations.filter((v) => !KNOWN_VIOLATIONS.includes(v))).toEqual([]);
    expect(KNOWN_VIOLATIONS.filter((v) => !violations.includes(v))).toEqual([]); // fixed: remove it from the list
  });

  it('keeps each paper step to its own folder and lib/paper/shared', () => {
    const violations: string[] = [];
    for (const [file, deps] of graph) {
      if (folderOf(file) !== 'paper') continue;
      const step = file.split(path.sep)[1];
      for (const dep of deps) {
        if (folderOf(dep) !== 'paper') continue;
        const depStep = dep.split(path.sep)[1];
        const ok = depStep === step || depStep === 'shared';
        if (!ok || (step === 'shared' && depStep !== 'shared')) violations.push(`${file} -> ${dep}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const dep of graph.get(file) ?? []) if (graph.has(dep)) visit(dep, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
