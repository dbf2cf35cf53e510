import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/collapse/index.js';
import { HAS_REAL_DATA, notebookParams, REPO_ROOT } from '../notebook-params.js';

// Runs notebook 01's step functions as the notebook does, with its own parameter cell, then with
// other simulated settings, and checks that every output follows the parameters.
if (!HAS_REAL_DATA) console.warn('test/paper/collapse/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const NOTEBOOK = '01-baseline-collapse';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-collapse-'));
const cwd = process.cwd();
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});
const texts = (report: step.Report, kind?: string): string[] => report.shown.filter((s) => kind === undefined || s.kind === kind).map((s) => s.text);

describe.skipIf(!HAS_REAL_DATA)('collapse step (notebook 01)', () => {
  const P = notebookParams<step.Params>(`${NOTEBOOK}.ipynb`);
  const report = step.createReport({ outDir: path.join(dir, 'default'), display: false, formats: [], notebook: NOTEBOOK });
  let real: step.CollapseData;
  let fits: ReturnType<typeof step.eq1Fits>;
  let simFits: ReturnType<typeof step.eq1Fits>;

  beforeAll(async () => {
    process.chdir(REPO_ROOT); // the parameter cell names folders relative to the repository root
    real = await step.loadReal(P);
    report.markdown(real.summary);
    fits = step.eq1Fits(report, real, P);
    await step.littleLaw(report, real, P);
    const fig1 = await step.collapse(report, real, fits, P);
    const dev = await step.deviation(report, real, fits, fig1, P);
    step.collapseClaim(report, real, fig1, dev, P);
    const sim = await step.loadSim(P, real);
    simFits = step.eq1Fits(report, sim, P);
    const simFig1 = await step.collapse(report, sim, simFits, P);
    const simDev = await step.deviation(report, sim, simFits, simFig1, P, { kind: 'real', deviation: dev });
    step.collapseClaim(report, sim, simFig1, simDev, P);
    await step.offeredRates(report, sim, simFits, P);
  });

  it('writes the notebook figures and table and records the Fig. 1 claim on both data sets', () => {
    const ids = report.shown.filter((s) => s.kind === 'figure' || s.kind === 'table').map((s) => s.id);
    expect(ids).toEqual([
      'tab01-eq1-fits',
      'nb01-little-batch',
      'fig01-collapse',
      'fig01b-collapse-deviation',
      'fig01-collapse-sim',
      'nb01-collapse-deviation-sim',
      'nb01-collapse-deviation-sim-offered',
    ]);
    const claims = report.shown.filter((s) => s.kind === 'claim');
    expect(claims.map((c) => c.id)).toEqual(['fig1-collapse', 'fig1-collapse']);
    expect(claims[0].text).toMatch(/^real: (holds|partly|fails)\. \d+ load points of \d+ configurations \(none without speculation/);
    expect(claims[1].text).toMatch(/^simulated: (holds|partly|fails)\. \d+ load points of \d+ configurations \(\d+ of them without speculation\)/);
    for (const c of claims) expect(c.text).toContain(`Tolerances (P.claim): ${P.claim.maxMedianDeviationPct}% per ${P.groupBy}, ${P.claim.maxBinDeviationPct}% per bin`);
    const record = JSON.parse(fs.readFileSync(path.join(dir, 'default', 'claims', 'fig1-collapse.real.json'), 'utf8'));
    expect(record).toMatchObject({ claim: 'fig1-collapse', data: 'real', notebook: NOTEBOOK, figure: 'fig01-collapse' });
  });

  it('names the simulated settings of the parameter cell, and follows a change of them', async () => {
    const caption = (r: step.Report): string => r.shown.find((s) => s.id === 'fig01-collapse-sim')!.text;
    expect(caption(report)).toContain('(baselines k = 0 and α 0.7, k 4, every prefill/decode length)');
    const changed: step.Params = { ...P, sim: { ...P.sim, settings: { k: [0, 6], alpha: [null, 0.8] } } };
    const other = step.createReport({ outDir: path.join(dir, 'changed'), display: false, formats: [], notebook: NOTEBOOK });
    const sim = await step.loadSim(changed, real);
    other.markdown(sim.summary);
    const simFits = step.eq1Fits(other, sim, changed);
    await step.collapse(other, sim, simFits, changed);
    expect(caption(other)).toContain('(baselines k = 0 and α 0.8, k 6, every prefill/decode length)');
    expect(sim.summary).toContain('k ∈ {6}; α ∈ {0.8}');
    for (const t of texts(other)) {
      expect(t).not.toContain('α 0.7, k 4');
      expect(t).not.toContain('α ∈ {0.7}');
    }
    expect(sim.rows.every((r) => (r.k === 0 && r.alpha === null) || (r.k === 6 && r.alpha === 0.8))).toBe(true);
  });

  it('fits with the loss of the parameter cell and names it in every caption and sentence about the fits', async () => {
    const relative = 'relative loss (residuals divided by the measured latency)';
    const absolute = "absolute loss (residuals in seconds, the paper's curve_fit)";
    expect([P.real.fit.loss, P.sim.fit.loss]).toEqual(['relative', 'relative']);
    const described = ['tab01-eq1-fits', 'fig01-collapse', 'fig01b-collapse-deviation', 'fig01-collapse-sim', 'nb01-collapse-deviation-sim', 'nb01-collapse-deviation-sim-offered'];
    for (const id of described) expect(report.shown.find((s) => s.id === id)!.text).toContain(relative);
    const changed: step.Params = { ...P, real: { ...P.real, fit: { ...P.real.fit, loss: 'absolute' } }, sim: { ...P.sim, fit: { ...P.sim.fit, loss: 'absolute' } } };
    const other = step.createReport({ outDir: path.join(dir, 'absolute'), display: false, formats: [], notebook: NOTEBOOK });
    const absReal = await step.loadReal(changed);
    const absFits = step.eq1Fits(other, absReal, changed);
    const fig1 = await step.collapse(other, absReal, absFits, changed);
    await step.deviation(other, absReal, absFits, fig1, changed);
    const absSim = await step.loadSim(changed, absReal);
    const absSimFits = step.eq1Fits(other, absSim, changed);
    await step.collapse(other, absSim, absSimFits, changed);
    await step.offeredRates(other, absSim, absSimFits, changed);
    // The loss reaches the fits: every fit minimised it, and the coefficients move.
    for (const [before, after] of [[fits, absFits], [simFits, absSimFits]]) {
      const ok = after.filter((g) => g.fit !== null);
      expect(ok.every((g) => g.fit!.loss === 'absolute')).toBe(true);
      const c1Change = ok.map((g) => Math.abs(g.fit!.c1 / before.find((b) => b.label === g.label)!.fit!.c1 - 1));
      expect(Math.max(...c1Change)).toBeGreaterThan(1e-3);
    }
    for (const id of described.filter((i) => i !== 'nb01-collapse-deviation-sim')) expect(other.shown.find((s) => s.id === id)!.text).toContain(absolute);
    const sentences = texts(other, 'markdown').filter((t) => t.includes('Fit quality per') || t.startsWith('Over '));
    expect(sentences).toHaveLength(3);
    for (const t of sentences) expect(t).toContain(absolute);
    for (const t of texts(other)) expect(t).not.toContain('relative loss');
    await expect(step.loadReal({ ...P, real: { ...P.real, fit: { loss: 'log' as never } } })).rejects.toThrow(
      'collapse: P.real.fit.loss log is not a loss (losses: relative, absolute)',
    );
  });

  it('fails on a value the data do not hold, listing the values they hold', async () => {
    const badK: step.Params = { ...P, sim: { ...P.sim, settings: { k: [0, 11], alpha: [null, 0.7] } } };
    await expect(step.loadSim(badK)).rejects.toThrow(/^collapse: P\.sim\.settings\.k 11 is not in the data \(k: 0, 1, 2, .*, 10\)$/);
    await expect(step.loadReal({ ...P, groupBy: 'colour' })).rejects.toThrow(
      /^collapse: P\.groupBy colour is not in the data \(configuration columns: .*verifier.*\)$/,
    );
  });
});
