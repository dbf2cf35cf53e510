import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The simulator must implement the serving mechanism, never the paper's model: nothing in
 * lib/sim may import lib/model or lib/fit, and the paper's closed forms must not appear in it.
 */
const SIM_DIR = path.resolve(__dirname, '../../lib/sim');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier a file imports or requires (static, dynamic, type-only, re-exports). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\s+['"]([^'"]+)['"]/g];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

describe('simulator independence from the paper model', () => {
  const files = sourceFiles(SIM_DIR);

  it('finds the simulator sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('run-engine.ts'))).toBe(true);
  });

  it('never imports lib/model or lib/fit (directly or by any relative path)', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) {
          if (/(^|\/)lib\/(model|fit)(\/|$)/.test(spec)) offenders.push(`${file}: ${spec}`);
          continue;
        }
        const target = path.resolve(path.dirname(file), spec);
        const rel = path.relative(path.resolve(SIM_DIR, '..'), target).split(path.sep);
        if (rel[0] === 'model' || rel[0] === 'fit') offenders.push(`${path.relative(SIM_DIR, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('contains none of the paper closed forms (Eq. 1 denominator, expected tokens per cycle)', () => {
    const offenders: string[] = [];
    const forbidden = [
      /1\s*-\s*\(?\s*rps\s*\*\s*c2/i, // 1 - RPS * C2
      /1\s*-\s*Math\.pow\(\s*alpha/i, // 1 - alpha^(k+1)
      /1\s*-\s*alpha\s*\*\*/i,
      /\/\s*\(\s*1\s*-\s*alpha\s*\)/i, // ... / (1 - alpha)
      /1\s*-\s*\(\s*1\s*-\s*m\s*\/\s*M\s*\)/, // MoE coverage closed form
    ];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const re of forbidden) if (re.test(text)) offenders.push(`${path.relative(SIM_DIR, file)}: ${re}`);
    }
    expect(offenders).toEqual([]);
  });

  it('would catch an offending import (self-check of the scanner)', () => {
    expect(specifiers("import { eq1Latency } from '../model/eq1-latency.js';\nconst f = require('../fit/fit-eq1.js');")).toEqual([
      '../model/eq1-latency.js',
      '../fit/fit-eq1.js',
    ]);
  });
});
