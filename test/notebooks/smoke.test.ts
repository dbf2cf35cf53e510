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
  console.warn('smoke.test.ts: SKIPPED: no /usr/bin/jupyter-nbconvert with nbclient (run bash scripts/setup.sh)');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-smoke-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Output {
  output_type: string;
  text?: string[] | string;
  data?: Record<string, unknown>;
}

describe.skipIf(!hasJupyter)('notebooks/00-smoke.ipynb', () => {
  it('runs headlessly in the tslab kernel, importing the library and arquero, and displays a figure and a table', async () => {
    const outPath = path.join(dir, '00-smoke.ipynb');
    const result = await runNotebook(path.join(ROOT, 'notebooks', '00-smoke.ipynb'), { outPath, root: ROOT });
    expect(result.failure).toBeUndefined();
    expect(result.ok).toBe(true);
    const cells = JSON.parse(fs.readFileSync(outPath, 'utf8')).cells as Array<{ cell_type: string; outputs?: Output[] }>;
    const outputs = cells.filter((c) => c.cell_type === 'code').map((c) => c.outputs ?? []);
    const text = (o: Output): string => (Array.isArray(o.text) ? o.text.join('') : o.text ?? '');
    // 1 + 2 + 3 = 6 rows summed by arquero; createRng's draws lie in [0, 1).
    expect(outputs[0].map(text).join('')).toBe('smoke rows=3 sum=6 draw-in-unit=true\n');
    const [figure, table] = outputs[1];
    expect(figure.output_type).toBe('display_data');
    expect(Object.keys(figure.data!).sort()).toEqual(['application/vnd.plotly.v1+json', 'text/html', 'text/plain']);
    expect((figure.data!['application/vnd.plotly.v1+json'] as { layout: unknown }).layout).toEqual({ title: { text: 'smoke figure' } });
    expect(Object.keys(table.data!).sort()).toEqual(['text/html', 'text/markdown', 'text/plain']);
    expect([table.data!['text/html']].flat().join('')).toContain('<td style="text-align:right">0.3</td>');
  });
});
