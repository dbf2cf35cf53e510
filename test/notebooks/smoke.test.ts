import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNotebook } from '../../lib/io/run-notebook.js';

// Executes one real notebook headlessly, as `npm run reproduce` does: the kernel starts at the
// project root, the notebook loads the real data, fits, writes its figures and tables to out/.
const ROOT = path.resolve(__dirname, '../..');
const NOTEBOOK = '01-baseline-collapse.ipynb';
const hasJupyter =
  fs.existsSync('/usr/bin/jupyter-nbconvert') && spawnSync('/usr/bin/python3', ['-c', 'import nbclient']).status === 0;
const hasData = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling'));
if (!hasJupyter) console.warn('smoke.test.ts: SKIPPED: no /usr/bin/jupyter-nbconvert with nbclient (run bash scripts/setup.sh)');
if (!hasData) console.warn('smoke.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-smoke-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Output {
  output_type: string;
  text?: string[] | string;
  data?: Record<string, unknown>;
}

describe.skipIf(!hasJupyter || !hasData)(`notebooks/${NOTEBOOK}`, () => {
  it('runs headlessly in the tslab kernel without errors and writes Fig. 1 and the fit table', async () => {
    const started = Date.now();
    const outPath = path.join(dir, NOTEBOOK);
    const result = await runNotebook(path.join(ROOT, 'notebooks', NOTEBOOK), { outPath, root: ROOT });
    expect(result.failure).toBeUndefined();
    expect(result.ok).toBe(true);

    const cells = JSON.parse(fs.readFileSync(outPath, 'utf8')).cells as Array<{ cell_type: string; outputs?: Output[] }>;
    const outputs = cells.filter((c) => c.cell_type === 'code').flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
    const text = (v: unknown): string => (Array.isArray(v) ? v.join('') : typeof v === 'string' ? v : '');
    const markdown = outputs.map((o) => text(o.data?.['text/markdown'])).join('\n');
    // The data set sentence and the per-verifier fit summary are computed from the real data.
    expect(markdown).toContain('No row runs without speculative decoding');
    expect(markdown).toMatch(/\*\*Qwen3-8B\*\*: 48 configuration\(s\), R² median 0\.9\d+/);
    // Fig. 1 was shown (Plotly bundle) and written with its caption; the table too.
    expect(outputs.some((o) => o.data !== undefined && 'application/vnd.plotly.v1+json' in o.data)).toBe(true);
    for (const file of ['out/figures/fig01-collapse.png', 'out/figures/fig01-collapse.json', 'out/tables/tab01-eq1-fits.csv']) {
      const full = path.join(ROOT, file);
      expect(fs.existsSync(full), file).toBe(true);
      expect(fs.statSync(full).mtimeMs, `${file} written by this run`).toBeGreaterThanOrEqual(started - 1000);
    }
    const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'out/figures/fig01-collapse.json'), 'utf8'));
    expect(JSON.stringify(spec)).toContain('real vLLM measurements');
    expect(fs.readFileSync(path.join(ROOT, 'out/tables/tab01-eq1-fits.csv'), 'utf8').trim().split('\n')).toHaveLength(241); // header + 240 configurations
  }, 180_000);
});
