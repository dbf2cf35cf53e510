import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(__filename);
const { sourceHash, sourceStamp, buildIsFresh, STAMP } = require('../../bin/cli-build.cjs') as {
  sourceHash: (root: string) => string;
  sourceStamp: (root: string) => string;
  buildIsFresh: (root: string) => boolean;
  STAMP: string;
};

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'speclat-build-'));
  mkdirSync(path.join(root, 'lib', 'sub'), { recursive: true });
  writeFileSync(path.join(root, 'lib', 'cli.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'lib', 'sub', 'b.ts'), 'export const b = 2;\n');
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n');
  writeFileSync(path.join(root, 'tsconfig.build.json'), '{}\n');
  return root;
}

/** A fake build stamped as scripts/build-cli.cjs stamps it (or with the hash alone, as older builds were). */
function build(root: string, stamp: 'full' | 'hash only' = 'full'): void {
  mkdirSync(path.join(root, 'build'), { recursive: true });
  writeFileSync(path.join(root, 'build', 'cli.js'), '');
  writeFileSync(path.join(root, 'build', STAMP), stamp === 'full' ? sourceStamp(root) : `${sourceHash(root)}\n`);
}

const stampOf = (root: string) => readFileSync(path.join(root, 'build', STAMP), 'utf8');

describe('the compiled CLI and its freshness check (bin/cli-build.cjs)', () => {
  it('uses a build only when it was made from exactly the current sources', () => {
    const root = project();
    expect(buildIsFresh(root)).toBe(false); // no build
    build(root);
    expect(buildIsFresh(root)).toBe(true);
    writeFileSync(path.join(root, 'lib', 'sub', 'b.ts'), 'export const b = 3;\n');
    expect(buildIsFresh(root)).toBe(false); // an edit
    build(root);
    writeFileSync(path.join(root, 'lib', 'new.ts'), '');
    expect(buildIsFresh(root)).toBe(false); // a new file
    build(root);
    writeFileSync(path.join(root, 'tsconfig.build.json'), '{ "x": 1 }\n');
    expect(buildIsFresh(root)).toBe(false); // the compiler settings
  });

  it('takes an untouched build from the recorded times, and a touched but unchanged one from the hash', () => {
    const root = project();
    build(root);
    const stamp = stampOf(root);
    expect(stamp.split('\n')[0]).toBe(sourceHash(root));
    expect(stamp).toMatch(/\nlib\/cli\.ts\t\d+\t[\d.]+\t[\d.]+\n/);
    expect(buildIsFresh(root)).toBe(true);
    expect(stampOf(root)).toBe(stamp); // nothing to record
    const file = path.join(root, 'lib', 'cli.ts');
    writeFileSync(file, 'export const a = 1;\n'); // rewritten, same content: new times
    utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(buildIsFresh(root)).toBe(true); // by the hash
    expect(stampOf(root)).not.toBe(stamp); // the new times recorded
    expect(stampOf(root).split('\n')[0]).toBe(stamp.split('\n')[0]);
    // An edit that keeps the size and sets the modification time back still changes the change time.
    writeFileSync(file, 'export const a = 2;\n');
    utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(buildIsFresh(root)).toBe(false);
    build(root, 'hash only');
    expect(buildIsFresh(root)).toBe(true); // a stamp without times: the hash decides
  });

  it('hashes paths and contents, not times', () => {
    const a = project();
    const b = project();
    expect(sourceHash(a)).toBe(sourceHash(b));
    writeFileSync(path.join(b, 'lib', 'cli.ts'), 'export const a = 1;\n'); // rewritten, same content
    expect(sourceHash(a)).toBe(sourceHash(b));
  });

  it('runs the CLI either way: through tsx when asked, or from build/ when fresh, else tsx', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'speclat.cjs');
    for (const mode of ['tsx', 'auto']) {
      const out = execFileSync(process.execPath, [bin, 'fit', '--help'], { env: { ...process.env, SPECLAT_CLI: mode }, encoding: 'utf8' });
      expect(out).toMatch(/^usage: speclat fit/);
      expect(out).toMatch(/--loss relative\|absolute/);
    }
  });
});
