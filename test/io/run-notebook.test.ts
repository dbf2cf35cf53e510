import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNotebook } from '../../lib/io/run-notebook.js';

const ROOT = path.resolve(__dirname, '../..');
const hasJupyter =
  fs.existsSync('/usr/bin/jupyter-nbconvert') && spawnSync('/usr/bin/python3', ['-c', 'import nbclient']).status === 0;
if (!hasJupyter) {
  console.warn('run-notebook.test.ts: SKIPPED: no /usr/bin/jupyter-nbconvert with nbclient (run bash scripts/setup.sh)');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-run-nb-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A minimal nbformat 4 notebook for the tslab kernel. */
function writeNotebook(name: string, cells: string[]): string {
  const nb = {
    cells: cells.map((source, i) => ({ cell_type: 'code', id: `c${i}`, execution_count: null, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(nb));
  return file;
}

describe.skipIf(!hasJupyter)('runNotebook', () => {
  it('stops at a cell that does not type-check and reports its source and compiler message', async () => {
    const nb = writeNotebook('type-error.ipynb', ["console.log('first');", "const x: number = 'a';", "console.log('never');"]);
    const outPath = path.join(dir, 'out', 'type-error.ipynb');
    const result = await runNotebook(nb, { outPath, root: ROOT });
    expect(result.ok).toBe(false);
    expect(result.outPath).toBe(outPath);
    expect(result.failure).toMatchObject({ kind: 'error', cellIndex: 1, source: "const x: number = 'a';" });
    expect(result.failure!.stderr).toContain("Type 'string' is not assignable to type 'number'");
    const executed = JSON.parse(fs.readFileSync(outPath, 'utf8'));
    expect(executed.cells[0].outputs[0].text.join('')).toBe('first\n');
    expect(executed.cells[2].execution_count).toBeNull();
  });

  it('reports a runtime exception and a cell that runs past the time limit', async () => {
    const thrower = writeNotebook('throws.ipynb', ["throw new Error('boom in cell');"]);
    const thrown = await runNotebook(thrower, { outPath: path.join(dir, 'out', 'throws.ipynb'), root: ROOT });
    expect(thrown.ok).toBe(false);
    expect(thrown.failure!.cellIndex).toBe(0);
    expect(thrown.failure!.stderr).toContain('Error: boom in cell');

    const slow = writeNotebook('slow.ipynb', ["console.log('fast');", 'await new Promise((r) => setTimeout(r, 30000));']);
    const lines: string[] = [];
    const timedOut = await runNotebook(slow, {
      outPath: path.join(dir, 'out', 'slow.ipynb'),
      root: ROOT,
      cellTimeoutS: 2,
      log: (t) => lines.push(t),
    });
    expect(timedOut.ok).toBe(false);
    expect(timedOut.failure).toMatchObject({ kind: 'timeout', cellIndex: 1 });
    expect(timedOut.seconds).toBeLessThan(25);
    expect(lines.join('')).toContain('cell 1/2 done');
  });

  it('checks its inputs', async () => {
    await expect(runNotebook(path.join(dir, 'missing.ipynb'), { outPath: 'x.ipynb' })).rejects.toThrow(
      'runNotebook requires an existing notebook',
    );
    const nb = writeNotebook('ok.ipynb', ['1']);
    await expect(runNotebook(nb, { outPath: '' })).rejects.toThrow('runNotebook requires options.outPath');
    await expect(runNotebook(nb, { outPath: 'x', cellTimeoutS: 0 })).rejects.toThrow('runNotebook requires a positive cellTimeoutS');
    await expect(runNotebook(nb, { outPath: 'x', python: '/nonexistent/python3' })).rejects.toThrow(
      'runNotebook requires /nonexistent/python3 with nbclient',
    );
  });
});
