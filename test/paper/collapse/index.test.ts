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

  beforeAll(async () => {
    process.chdir(REPO_ROOT); // the parameter cell names folders relative to the repository root
    real = await step.loadReal(P);
    report.markdown(real.summary);
    const fits = step.eq1Fits(report, real, P);
    await step.littleLaw(report, real, P);
    const fig1 = await step.collapse(report, real, fits, P);
    const dev = await step.deviation(report, real, fits, fig1, P);
    step.collapseClaim(report, real, fig1, dev, P);
    const sim = await step.loadSim(P, real);
    const simFits = step.eq1Fits(report, sim, P);
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

  it('fails on a value the data do not hold, listing the values they hold', async () => {
    const badK: step.Params = { ...P, sim: { ...P.sim, settings: { k: [0, 11], alpha: [null, 0.7] } } };
    await expect(step.loadSim(badK)).rejects.toThrow(/^collapse: P\.sim\.settings\.k 11 is not in the data \(k: 0, 1, 2, .*, 10\)$/);
    await expect(step.loadReal({ ...P, groupBy: 'colour' })).rejects.toThrow(
      /^collapse: P\.groupBy colour is not in the data \(configuration columns: .*verifier.*\)$/,
    );
  });
});
