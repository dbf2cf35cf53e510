import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/tails/index.js';
import type { ShownItem } from '../../../lib/io/create-report.js';

// Runs notebook 08's step functions as the notebook does, on one verifier (48 configurations) to
// keep it quick, with the notebook's statistics and with others the data hold.
const ROOT = path.resolve(__dirname, '../../..');
const DATA = path.join(ROOT, 'data', 'speculators-scaling');
const hasData = fs.existsSync(DATA);
if (!hasData) console.warn('test/paper/tails/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-tails-step-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const P: step.Params = {
  dataDir: DATA,
  dataKind: 'real vLLM measurements',
  verifiers: ['Qwen3-8B'],
  statistics: ['p95', 'p99'],
  panels: [
    { verifier: 'Qwen3-8B', alpha: 0.7, k: 3 },
    { verifier: 'Qwen3-8B', alpha: 1.0, k: 10 },
  ],
  tailCurves: 'refit',
  loss: 'relative',
  claim: { method: 'refit', minMedianR2: 0.97 },
};

async function run(params: step.Params, name: string): Promise<ShownItem[]> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: '08-tails' });
  const data = await step.load(params);
  const fitted = step.fitTails(data, params);
  await step.showTails(report, data, fitted, params);
  step.checkTailClaims(report, data, fitted, params);
  await report.close();
  return report.shown;
}

describe.skipIf(!hasData)('notebook 08 step (lib/paper/tails)', () => {
  it('shows the figure, the table, the computed reading and the claim verdict, naming the data from the rows', async () => {
    const shown = await run(P, 'default');
    expect(shown.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'figure:nb08-tail-latency',
      'table:tab08-tail-fit-quality',
      'markdown:',
      'markdown:',
      'claim:appendix-tails',
    ]);
    expect(shown[0].text).toContain(
      'real vLLM measurements (speculators-scaling, A100-80GB, prefill 512 / decode 128); every fit with the relative loss (residuals divided by the measured latency): measured mean, p95, p99',
    );
    expect(shown[2].text).toMatch(/\*\*p95\*\* \(48 configurations\)/);
    expect(shown[3].text).toMatch(/median MAPE of [\d.]+% at p95, [\d.]+% at p99/);
    expect(shown[4].text).toMatch(/^real: (holds|partly|fails)\. Eq\. 1 refitted to each percentile .* p95 median R² 0\.\d+.*over 48 configurations/);
  }, 60_000);

  it('follows changed statistics: every text names p50 and p99, none p95', async () => {
    const shown = await run({ ...P, statistics: ['p50', 'p99'], tailCurves: 'both' }, 'p50-p99');
    expect(shown[0].text).toContain('measured mean, p50, p99');
    expect(shown[0].text).toContain('mean model ×');
    for (const s of shown.filter((x) => x.kind !== 'table')) expect(s.text, `${s.kind} ${s.id}`).not.toContain('p95');
    expect(shown.filter((x) => x.text.includes('p50')).map((x) => x.kind)).toEqual(['figure', 'markdown', 'markdown']);
    expect(shown.find((x) => x.kind === 'claim')!.text).toMatch(/^real: (partly|fails)\. .*1 was not fitted/);
  }, 60_000);

  it('fits with the loss of the parameter cell: the mean fits, the refits and the scale factors move, and the outputs name it', async () => {
    const absolute = "every fit with the absolute loss (residuals in seconds, the paper's curve_fit)";
    const data = await step.load(P);
    const rel = step.fitTails(data, P);
    const Q: step.Params = { ...P, loss: 'absolute' };
    const abs = step.fitTails(data, Q);
    expect(abs.fits.every((g) => g.fit === null || g.fit.loss === 'absolute')).toBe(true);
    expect(abs.fits.map((g) => g.fit?.c1)).not.toEqual(rel.fits.map((g) => g.fit?.c1));
    expect(abs.tails.map((t) => t.refit?.c1)).not.toEqual(rel.tails.map((t) => t.refit?.c1));
    expect(abs.tails.map((t) => t.scaled.factor)).not.toEqual(rel.tails.map((t) => t.scaled.factor));
    const report = step.createReport({ outDir: path.join(dir, 'absolute'), display: false, formats: [], notebook: '08-tails' });
    await step.showTails(report, data, abs, Q);
    const [figure, table, overall] = report.shown;
    for (const item of [figure, table, overall]) expect(item.text, item.id).toContain(absolute);
    for (const item of report.shown) expect(item.text).not.toContain('relative loss');
    await expect(step.load({ ...P, loss: 'log' as never })).rejects.toThrow('tails: P.loss log is not a loss (losses: relative, absolute)');
  }, 60_000);

  it('fails in the load cell on values the data do not hold, listing the values they hold', async () => {
    await expect(step.load({ ...P, verifiers: ['Qwen3-9B'] })).rejects.toThrow(
      /^tails: P\.verifiers "Qwen3-9B" is not in the data \(verifiers: Qwen3-0\.6B, Qwen3-1\.7B, Qwen3-8B, Qwen3-14B, Qwen3-32B\)$/,
    );
    await expect(step.load({ ...P, panels: [{ verifier: 'Qwen3-8B', alpha: 0.7, k: 7 }] })).rejects.toThrow(
      /^tails: P\.panels\[0\]\.k 7 is not in the data of Qwen3-8B at α = 0\.7 \(ks: 1, 2, 3, 4, 5, 6, 8, 10\)$/,
    );
    await expect(step.load({ ...P, panels: [{ verifier: 'Qwen3-14B', alpha: 0.7, k: 3 }] })).rejects.toThrow(/^tails: P\.panels\[0\]\.verifier "Qwen3-14B" is not in the data \(P\.verifiers: Qwen3-8B\)$/);
  }, 60_000);
});
