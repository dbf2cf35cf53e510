import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/scaling/index.js';
import type { ShownItem } from '../../../lib/io/create-report.js';
import { notebookParams, ROOT } from '../notebook-params.js';

// Runs notebook 04's step functions as the notebook does, with the notebook's parameter cell narrowed
// to four simulated systems (one on four GPUs, one with a draft model), then with parameters changed.
const NOTEBOOK = '04-scaling';
const hasData = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling'));
if (!hasData) console.warn('test/paper/scaling/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-nb04-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every cell of the notebook after the load, in order; returns what the report showed. */
async function run(P: step.Params, data: step.ScalingData, name: string): Promise<ShownItem[]> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: NOTEBOOK });
  step.realCoefficients(report, data);
  const real = await step.fig5Real(report, data, P);
  const sims: step.SimFig5[] = [];
  for (let i = 0; i < P.fig5Workloads.length; i++) sims.push(await step.fig5Sim(report, data, i, real, P));
  step.fig5SimTables(report, sims, P);
  step.fig5SimReading(report, sims);
  const fig6 = await step.fig6(report, data, P);
  const coverage = step.coverage(report, data, fig6, P);
  const offered = step.offeredRates(report, data, fig6, P);
  step.fig6Reading(report, data, fig6, coverage, offered, P);
  step.claims(report, data, real, sims, fig6, P);
  await report.close();
  return report.shown;
}

const all = (shown: readonly ShownItem[]): string => shown.map((s) => s.text).join('\n');

describe.skipIf(!hasData)(`notebook ${NOTEBOOK}: step functions`, () => {
  const P: step.Params = {
    ...notebookParams<step.Params>(`${NOTEBOOK}.ipynb`),
    simSystems: ['qwen3-1.7b@a100-80gb', 'qwen3-14b@a100-80gb', 'llama-3.1-70b@a100-80gbx4', 'qwen3-14b+qwen3-1.7b@a100-80gb'],
  };
  let data: step.ScalingData;
  let shown: ShownItem[];
  beforeAll(async () => {
    data = await step.load(P);
    shown = await run(P, data, 'default');
  });

  it('writes the figures and tables of the notebook and records both claims on both data', () => {
    expect(shown.filter((s) => s.kind === 'figure' || s.kind === 'table').map((s) => s.id)).toEqual([
      'tab04-sd-coefficients-real',
      'fig05a-scaling-real',
      'tab04-scaling-fits-real',
      'fig05b-scaling-sim-512-128',
      'fig05c-scaling-sim-1024-1024',
      'tab04-scaling-fits-sim',
      'tab04-sd-coefficients-sim-512-128',
      'tab04-sd-coefficients-sim-1024-1024',
      'fig06-length-scaling-sim',
      'tab04-length-scaling-sim',
      'tab04-sweep-coverage-sim',
    ]);
    const claims = shown.filter((s) => s.kind === 'claim').map((s) => `${s.id} ${s.text.split('.')[0]}`);
    expect(claims.map((c) => c.replace(/: (holds|partly|fails)$/, ': <verdict>'))).toEqual([
      'fig5-size-scaling real: <verdict>',
      'fig5-size-scaling simulated: <verdict>',
      'fig6-length-scaling simulated: <verdict>',
      'fig6-length-scaling real: untestable',
    ]);
    expect(shown.find((s) => s.id === 'fig05a-scaling-real')!.text).toContain('real vLLM measurements (speculators-scaling: Qwen3 0.6B–32B + EAGLE, A100-80GB, prefill 512 / decode 128)');
    // The other size axis is compared only where a system runs on several GPUs (1024/1024 here).
    expect(all(shown).match(/The other size axis/g)).toHaveLength(1);
  });

  it('names a changed decode weight and R² criterion everywhere, and never the old values', async () => {
    const changed = all(await run({ ...P, decodeWeight: 1, linearCriteria: { ...P.linearCriteria, r2Min: 0.8 } }, data, 'weight'));
    expect(all(shown)).toContain('p + 0.5·g');
    expect(all(shown)).toContain('R² ≥ 0.9');
    expect(changed).toContain('p + 1·g');
    expect(changed).toContain('R² ≥ 0.8');
    expect(changed).not.toMatch(/0\.5·g|0\.5 × decode|R² ≥ 0\.9(?![0-9])|paper's weight in interval/);
  });

  it('follows the size axis and the Fig. 5 workloads', async () => {
    const Q: step.Params = {
      ...P,
      sizePerGpu: false,
      fig5Workloads: [
        { prefill_tokens: 1024, decode_tokens: 1024, settings: 'grid' },
        { prefill_tokens: 256, decode_tokens: 512, settings: 'grid' },
      ],
    };
    const changed = await run(Q, data, 'axis');
    const figures = changed.filter((s) => s.kind === 'figure').map((s) => s.id);
    expect(figures.slice(1, 3)).toEqual(['fig05b-scaling-sim-1024-1024', 'fig05c-scaling-sim-256-512']);
    expect(changed.find((s) => s.id === 'fig05c-scaling-sim-256-512')!.text).toContain('Coefficients against model size: SIMULATED, 256/512');
    expect(all(changed)).toContain('The other size axis: The per-GPU-size verdicts');
    // No workload has the real data's lengths: no comparison with the real verdicts.
    expect(all(changed)).not.toContain('verdicts match the real ones');
    expect(changed.find((s) => s.id === 'fig05b-scaling-sim-1024-1024')!.text).not.toContain('per GPU');
  });

  it('fits with the loss of the parameter cell, moves the coefficients with it and names it in the captions', async () => {
    const relative = 'pooled Eq. 3 fits with the relative loss (residuals divided by the measured latency)';
    const absolute = "pooled Eq. 3 fits with the absolute loss (residuals in seconds, the paper's curve_fit)";
    expect(P.loss).toBe('relative');
    const Q: step.Params = { ...P, loss: 'absolute', fig5Workloads: P.fig5Workloads.slice(0, 1) };
    const abs = await step.load(Q);
    const report = step.createReport({ outDir: path.join(dir, 'absolute'), display: false, formats: [], notebook: NOTEBOOK });
    step.realCoefficients(report, abs);
    const real = await step.fig5Real(report, abs, Q);
    const sims = [await step.fig5Sim(report, abs, 0, real, Q)];
    step.fig5SimTables(report, sims, Q);
    const fig6 = await step.fig6(report, abs, Q);
    const offered = step.offeredRates(report, abs, fig6, Q);
    // Real, Fig. 5 simulated, Fig. 6 and sent-rate fits all minimised the absolute loss, and their coefficients moved.
    const scratch = step.createReport({ outDir: path.join(dir, 'relative'), display: false, formats: [], notebook: NOTEBOOK });
    const relSim = await step.fig5Sim(scratch, data, 0, real, P);
    const relOffered = step.offeredRates(scratch, data, fig6, P);
    for (const [before, after] of [[data.realFits, abs.realFits], [relSim.fits, sims[0].fits]] as const) {
      const ok = after.filter((g) => g.fit !== null);
      expect(ok.every((g) => g.fit!.loss === 'absolute')).toBe(true);
      const moved = ok.filter((g) => g.fit!.c1_v !== before.find((b) => b.label === g.label)!.fit!.c1_v);
      expect(moved.length).toBeGreaterThan(0);
    }
    expect(fig6.fits.every((g) => g.fit === null || g.fit.loss === 'absolute')).toBe(true);
    expect(offered.points.map((p) => p.valueS)).not.toEqual(relOffered.points.map((p) => p.valueS));
    const ids = ['tab04-sd-coefficients-real', 'fig05a-scaling-real', 'tab04-scaling-fits-real', 'fig05b-scaling-sim-512-128', 'tab04-scaling-fits-sim', 'tab04-sd-coefficients-sim-512-128', 'fig06-length-scaling-sim', 'tab04-length-scaling-sim'];
    for (const id of ids) {
      expect(shown.find((s) => s.id === id)!.text).toContain(relative);
      expect(report.shown.find((s) => s.id === id)!.text).toContain(absolute);
    }
    expect(all(report.shown)).not.toContain('relative loss');
    await expect(step.load({ ...P, loss: 'log' as never })).rejects.toThrow('scaling: P.loss log is not a loss (losses: relative, absolute)');
  }, 120_000);

  it('fails on values the data do not hold, listing the values they hold', async () => {
    await expect(step.load({ ...P, gridLengths: { ...P.gridLengths, decode_tokens: [256, 300] } })).rejects.toThrow(
      /^scaling: P\.gridLengths\.decode_tokens 300 is not in the simulated data of P\.simSystems \(decode lengths: 128, 256, 512, 768, 1024\)$/,
    );
    await expect(step.load({ ...P, fig5Workloads: [{ prefill_tokens: 512, decode_tokens: 100 }] })).rejects.toThrow(
      /^scaling: P\.fig5Workloads\[0\]\.decode_tokens 100 is not in the simulated data of P\.simSystems at prefill 512 \(decode lengths: 128, 256, 512, 768, 1024\)$/,
    );
    await expect(step.load({ ...P, shortDecodes: [128] })).rejects.toThrow(/^scaling: P\.shortDecodes 128 is not in the grid of P\.gridLengths \(decode lengths: 256, 512, 768, 1024\)$/);
  });
});
