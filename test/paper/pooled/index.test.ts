import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/pooled/index.js';
import { HAS_REAL_DATA, notebookParams, REPO_ROOT } from '../notebook-params.js';

// Runs notebook 03's step functions as the notebook does, with its own parameter cell (fewer
// bootstrap resamples: the assertions are about what the outputs name, not the intervals), then
// with another verifier and other simulated lengths, and checks that every output follows them.
if (!HAS_REAL_DATA) console.warn('test/paper/pooled/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const NOTEBOOK = '03-pooled-decomposition';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-pooled-'));
const cwd = process.cwd();
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

// full: also the cells whose assertions need the default run only (fit quality, the bootstrap tables).
async function runNotebook(P: step.Params, name: string, full: boolean): Promise<step.Report> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: NOTEBOOK });
  const real = await step.loadReal(P);
  report.markdown(real.summary);
  if (full) step.fitQuality(report, real);
  await step.singlePair(report, real, P);
  await step.coefficientSurface(report, real, P);
  await step.effectiveCollapse(report, real, P);
  await step.pooledTracking(report, real, P);
  if (full) step.coefficientTable(report, real, P);
  if (full) step.lossComparison(report, real, P);
  const sim = await step.loadSim(P, real);
  report.markdown(sim.summary);
  if (full) step.coefficientTable(report, sim, P);
  step.fig4Claims(report, sim, P);
  await step.effectiveCollapse(report, sim, P);
  return report;
}

describe.skipIf(!HAS_REAL_DATA)('pooled step (notebook 03)', () => {
  const notebook = notebookParams<step.Params>(`${NOTEBOOK}.ipynb`);
  const P: step.Params = { ...notebook, real: { ...notebook.real, nBoot: 10 }, sim: { ...notebook.sim, nBoot: 10 } };
  const changed: step.Params = {
    ...P,
    verifier: 'Qwen3-14B',
    real: { ...P.real, fit: { ...P.real.fit, loss: 'absolute' } },
    sim: { ...P.sim, lengths: { prefill: 512, decode: 512 } },
  };
  let base: step.Report;
  let other: step.Report;
  beforeAll(async () => {
    process.chdir(REPO_ROOT); // the parameter cell names folders relative to the repository root
    base = await runNotebook(P, 'default', true);
    other = await runNotebook(changed, 'changed', false);
  }, 170_000);

  it('shows the six coefficients under both losses side by side and says which the paper used', () => {
    const table = base.shown.find((s) => s.id === 'tab03-sd-coefficients-by-loss')!;
    expect(table.text).toContain('under the relative and the absolute loss');
    expect(table.text).toContain("as SciPy's curve_fit in the paper");
    expect(table.text).toContain('The other tables and figures of this notebook use the relative loss.');
    const sentence = base.shown.find((s) => s.kind === 'markdown' && s.text.startsWith('Median change of each coefficient'))!;
    expect(sentence.text).toMatch(/from the absolute to the relative loss: c1_p [\d.]+%, c1_v [\d.]+%/);
    expect(sentence.text).toMatch(/relative: median MAPE [\d.]+%, median R² [\d.]+; absolute: median MAPE [\d.]+%/);
    const report = step.createReport({ outDir: path.join(dir, 'bad-loss'), display: false, formats: [], notebook: NOTEBOOK });
    expect(() => step.lossComparison(report, { fit: {} } as never, { ...P, lossComparison: { losses: ['relative'] } })).toThrow(
      /^pooled: P\.lossComparison\.losses must name two or more different losses/,
    );
  });

  it('writes the notebook figures and tables and records the four Fig. 4 claims on real and simulated data', () => {
    const ids = base.shown.filter((s) => s.kind === 'figure' || s.kind === 'table').map((s) => s.id);
    expect(ids).toEqual([
      'tab03-fit-quality',
      'fig04a-pooled-vs-single',
      'fig04b-coefficient-surface',
      'fig04c-effective-collapse',
      'nb03-effective-collapse-all',
      'fig04d-pooled-tracking',
      'tab03-sd-coefficients',
      'tab03-sd-coefficients-by-loss',
      'tab03-sd-coefficients-sim',
      'fig04c-effective-collapse-sim',
    ]);
    const claims = base.shown.filter((s) => s.kind === 'claim').map((s) => `${s.id} ${s.text.split(':')[0]}`);
    expect(claims).toEqual([
      'fig4a-single-pair real',
      'fig4b-smooth real',
      'fig4c-effective-collapse real',
      'fig4d-pooled-tracks real',
      'fig4a-single-pair simulated',
      'fig4b-smooth simulated',
      'fig4d-pooled-tracks simulated',
      'fig4c-effective-collapse simulated',
    ]);
    const record = JSON.parse(fs.readFileSync(path.join(dir, 'default', 'claims', 'fig4c-effective-collapse.real.json'), 'utf8'));
    expect(record).toMatchObject({ notebook: NOTEBOOK, figure: 'nb03-effective-collapse-all' });
    expect(record.evidence).toContain('tolerance 5% (P.claims.maxCollapseDeviationPct)');
  });

  it('names the verifier, the bootstrap and the simulated lengths of the parameter cell, and follows a change of them', () => {
    const title = (r: step.Report, id: string): string => r.shown.find((s) => s.id === id)!.text;
    expect(title(base, 'fig04a-pooled-vs-single')).toMatch(/^One \(C₁, C₂\) pair for all settings \(Fig\. 4a\), real vLLM data, Qwen3-8B\n/);
    expect(title(base, 'tab03-sd-coefficients')).toContain('(10 resamples of the used load points within each (α, k) sweep, seed 20260515)');
    expect(title(base, 'fig04c-effective-collapse-sim')).toMatch(/^Pooled Eq\. 3 collapse \(Fig\. 4c\), SIMULATED Qwen3-8B 1024\/1024, 11 α × 10 k \+ baseline\n/);
    expect(title(base, 'tab03-sd-coefficients-sim')).toContain('at 1024/1024 tokens');
    for (const id of ['fig04a-pooled-vs-single', 'fig04b-coefficient-surface', 'fig04c-effective-collapse', 'fig04d-pooled-tracking']) {
      expect(title(other, id).split('\n')[0]).toBe(title(base, id).split('\n')[0].replace('Qwen3-8B', 'Qwen3-14B'));
      expect(title(other, id)).not.toContain('Qwen3-8B');
    }
    expect(title(other, 'fig04c-effective-collapse-sim')).toMatch(/^Pooled Eq\. 3 collapse \(Fig\. 4c\), SIMULATED Qwen3-14B 512\/512, \d+ α × \d+ k \+ baseline\n/);
    expect(title(other, 'fig04c-effective-collapse-sim')).toContain('Qwen3-14B + EAGLE(Qwen3-14B), A100-80GB, 512/512');
    for (const s of other.shown) expect(s.text).not.toContain('1024/1024');
  });

  it('names the loss of P.real.fit in every real figure caption, and follows a change of it', () => {
    const text = (r: step.Report, id: string): string => r.shown.find((s) => s.id === id)!.text;
    for (const id of ['fig04a-pooled-vs-single', 'fig04b-coefficient-surface', 'fig04c-effective-collapse', 'fig04d-pooled-tracking']) {
      expect(text(base, id)).toContain('fits with the relative loss');
      expect(text(other, id)).toContain('fits with the absolute loss');
      expect(text(other, id)).not.toContain('relative loss');
    }
    expect(text(base, 'tab03-sd-coefficients')).toContain('fits with the relative loss');
  });

  it('fails on a value the data do not hold, listing the values they hold', async () => {
    await expect(step.loadReal({ ...P, verifier: 'Qwen3-4B' })).rejects.toThrow(
      'pooled: P.verifier Qwen3-4B is not in the data (verifiers: Qwen3-0.6B, Qwen3-1.7B, Qwen3-8B, Qwen3-14B, Qwen3-32B)',
    );
    await expect(step.loadReal({ ...P, real: { ...P.real, nBoot: 5 } })).rejects.toThrow('pooled requires P.real.nBoot to be an integer >= 10, got 5');
  });
});
