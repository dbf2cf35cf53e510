import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KERNEL_NAME, writeKernelSpec } from '../../lib/io/write-kernel-spec.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function fakeRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-kernel-'));
  made.push(root);
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.writeFileSync(path.join(root, 'scripts', 'tslab-kernel.sh'), '#!/bin/sh\n');
  return root;
}

describe('writeKernelSpec', () => {
  it('writes .jupyter/kernels/tslab/kernel.json starting the clone\'s script by absolute path', () => {
    const root = fakeRoot();
    const jupyterPath = writeKernelSpec(root);
    expect(jupyterPath).toBe(path.join(root, '.jupyter'));
    expect(KERNEL_NAME).toBe('tslab');
    const spec = JSON.parse(fs.readFileSync(path.join(root, '.jupyter', 'kernels', 'tslab', 'kernel.json'), 'utf8'));
    expect(spec.argv).toEqual([path.join(root, 'scripts', 'tslab-kernel.sh'), '{connection_file}']);
    expect(spec.language).toBe('typescript');
  });

  it('leaves an up-to-date file untouched and repairs a stale one', () => {
    const root = fakeRoot();
    writeKernelSpec(root);
    const file = path.join(root, '.jupyter', 'kernels', 'tslab', 'kernel.json');
    const past = new Date(2020, 0, 1);
    fs.utimesSync(file, past, past);
    writeKernelSpec(root);
    expect(fs.statSync(file).mtime.getTime()).toBe(past.getTime());
    fs.writeFileSync(file, '{"argv": ["/old/clone/scripts/tslab-kernel.sh"]}');
    writeKernelSpec(root);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).argv[0]).toBe(path.join(root, 'scripts', 'tslab-kernel.sh'));
  });

  it('refuses a folder that is not the project root', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-kernel-'));
    made.push(dir);
    expect(() => writeKernelSpec(dir)).toThrow('writeKernelSpec requires a project root holding scripts/tslab-kernel.sh');
  });
});
