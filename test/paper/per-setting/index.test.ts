import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/per-setting/index.js';
import { HAS_REAL_DATA, notebookParams, REPO_ROOT } from '../notebook-params.js';

// Runs notebook 02's step functions as the notebook does, with its own parameter cell and then
// with another verifier and other Fig. 2a settings, and checks that every output follows them.
if (!HAS_REAL_DATA) console.warn('test/paper/per-setting/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const NOTEBOOK = '02-sd-per-setting';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-per-setting-'));
const cwd = process.cwd();
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  report: step.Report;
  real: step.PerSettingData;
  sim: step.PerSettingData;
}

async function runNotebook(P: step.Params, name: string): Promise<Run> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: NOTEBOOK });
  const real = await step.loadReal(P);
  report.markdown(real.summary);
  await step.latencyCurves(report, real, P);
  await step.ratioHeatmap(report, real, P);
  await step.bestOverK(report, real, P);
  const sim = await step.loadSim(P, real);
  report.markdown(sim.summary);
  step.shapeClaim(report, sim, P);
  step.impliedBaseline(report, sim, real, P);
  await step.ratioHeatmap(report, sim, P);
  await step.bestOverK(report, sim, P);
  step.offeredRates(report, sim, P);
  return { report, real, sim };
}

describe.skipIf(!HAS_REAL_DATA)('per-setting step (notebook 02)', () => {
  const P = notebookParams<step.Params>(`${NOTEBOOK}.ipynb`);
  const changed: step.Params = { ...P, verifier: 'Qwen3-14B', curves: { ks: [2, 8], alphas: [0.6, 1] } };
  let base: step.Report;
  let other: step.Report;
  let baseRun: Run;
  beforeAll(async () => {
    process.chdir(REPO_ROOT); // the parameter cell names folders relative to the repository root
    baseRun = await runNotebook(P, 'default');
    base = baseRun.report;
    other = (await runNotebook(changed, 'changed')).report;
  });

  it('writes the figures of the notebook and records its five claims on real and simulated data', () => {
    const ids = (r: step.Report, kind: string): string[] => r.shown.filter((s) => s.kind === kind).map((s) => s.id);
    expect(ids(base, 'figure')).toEqual(['fig02a-latency-curves', 'fig02b-ratio-heatmap', 'fig03-best-over-k', 'fig02b-ratio-heatmap-sim', 'fig03-best-over-k-sim']);
    const claims = base.shown.filter((s) => s.kind === 'claim').map((s) => `${s.id} ${s.text.split(':')[0]}`);
    expect(claims).toEqual([
      'fig2a-shape real',
      'fig2b-c1r real',
      'fig2b-c2r real',
      'fig2b-argmin real',
      'fig3-best-over-k real',
      'fig2a-shape simulated',
      'fig2b-c1r simulated',
      'fig2b-c2r simulated',
      'fig2b-argmin simulated',
      'fig3-best-over-k simulated',
    ]);
    const c2r = base.shown.find((s) => s.id === 'fig2b-c2r')!.text;
    expect(c2r).toMatch(/^real: (holds|partly|fails)\. Qwen3-8B \+ EAGLE\(Qwen3-8B\), A100-80GB, 512\/128 \(real data\) over the baseline implied by the pooled Eq\. 3 fit at k = 0/);
    expect(c2r).toContain('settings with α < 0.9');
  });

  it('names the verifier of the parameter cell in every title, caption and sentence, and follows a change of it', () => {
    const titles = (r: step.Report): string[] => r.shown.filter((s) => s.kind === 'figure').map((s) => s.text.split('\n')[0]);
    expect(titles(base)).toEqual([
      'Eq. 1 fitted per setting (Fig. 2a), real vLLM data, Qwen3-8B',
      'C₁R and C₂R over (α, k) (Fig. 2b), real vLLM data, Qwen3-8B 512/128, implied baseline',
      'Best-over-k C₁R and C₂R against α (Fig. 3), real vLLM data, Qwen3-8B',
      'C₁R and C₂R over (α, k) (Fig. 2b), SIMULATED Qwen3-8B 1024/1024, measured baseline',
      'Best-over-k C₁R and C₂R against α (Fig. 3), SIMULATED Qwen3-8B, every length',
    ]);
    expect(titles(other)).toEqual(titles(base).map((t) => t.replace('Qwen3-8B', 'Qwen3-14B')));
    // Apart from the summary that lists every verifier, no output of the changed run names the old verifier.
    const named = other.shown.filter((s) => s.text.includes('Qwen3-8B'));
    expect(named.map((s) => s.text.slice(0, 40))).toEqual([expect.stringMatching(/^System: \*\*Qwen3-14B/)]);
    const curves = other.shown.find((s) => s.id === 'fig02a-latency-curves')!;
    expect(curves.text).toContain('(4 fit(s), ');
    const reading = other.shown[other.shown.findIndex((s) => s.id === 'fig02a-latency-curves') + 1].text;
    expect(reading).toMatch(/α = 0\.60: k = 8 .* k = 2 .*; α = 1\.00: k = 8 .* k = 2 /);
    expect(reading).not.toMatch(/k = 1[ 0]|α = 0\.50|α = 0\.70|α = 0\.90/);
  });

  it('fits with the loss of the parameter cell, moves the coefficients with it and names it in every caption and sentence about the fits', async () => {
    const relative = 'relative loss (residuals divided by the measured latency)';
    const absolute = "absolute loss (residuals in seconds, the paper's curve_fit)";
    expect([P.real.fit.loss, P.sim.fit.loss]).toEqual(['relative', 'relative']);
    const changedLoss: step.Params = { ...P, real: { ...P.real, fit: { ...P.real.fit, loss: 'absolute' } }, sim: { ...P.sim, fit: { ...P.sim.fit, loss: 'absolute' } } };
    const { report, real: absReal, sim: absSim } = await runNotebook(changedLoss, 'absolute');
    const relReal = baseRun.real;
    // The loss reaches the per-setting Eq. 1 fits, the pooled fits and the simulated fits, and moves the coefficients.
    expect(absReal.settingFits!.every((g) => g.fit === null || g.fit.loss === 'absolute')).toBe(true);
    expect([absReal.system.fit.loss, absSim.system.fit.loss]).toEqual(['absolute', 'absolute']);
    const c1Change = absReal.settingFits!.filter((g) => g.fit !== null).map((g) => Math.abs(g.fit!.c1 / relReal.settingFits!.find((b) => b.label === g.label)!.fit!.c1 - 1));
    expect(Math.max(...c1Change)).toBeGreaterThan(1e-3);
    expect(absReal.system.fit.c2_p).not.toBe(relReal.system.fit.c2_p);
    for (const id of ['fig02a-latency-curves', 'fig02b-ratio-heatmap', 'fig03-best-over-k', 'fig02b-ratio-heatmap-sim', 'fig03-best-over-k-sim']) {
      expect(base.shown.find((s) => s.id === id)!.text).toContain(relative);
      expect(report.shown.find((s) => s.id === id)!.text).toContain(absolute);
    }
    const sentences = report.shown.filter((s) => s.kind === 'markdown' && /^(System|Simulated system|\*\*How good|Measured rate)/.test(s.text));
    expect(sentences).toHaveLength(4);
    for (const s of sentences) expect(s.text).toContain(absolute);
    for (const s of report.shown) expect(s.text).not.toContain('relative loss');
    await expect(step.loadReal({ ...P, real: { ...P.real, fit: { loss: 'log' as never } } })).rejects.toThrow('per-setting: P.real.fit.loss log is not a loss (losses: relative, absolute)');
  }, 60_000);

  it('fails on a value the data do not hold, listing the values they hold', async () => {
    await expect(step.loadReal({ ...P, verifier: 'Qwen3-9B' })).rejects.toThrow(
      'per-setting: P.verifier Qwen3-9B is not in the data (verifiers: Qwen3-0.6B, Qwen3-1.7B, Qwen3-8B, Qwen3-14B, Qwen3-32B)',
    );
    await expect(step.loadReal({ ...P, curves: { ks: [1, 7], alphas: [0.5] } })).rejects.toThrow('per-setting: P.curves.ks 7 is not in the data (k of Qwen3-8B: 1, 2, 3, 4, 5, 6, 8, 10)');
  });
});
