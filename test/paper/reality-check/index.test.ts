import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/reality-check/index.js';
import type { ShownItem } from '../../../lib/io/create-report.js';

// Runs notebook 09's step functions as the notebook does, on one verifier and its simulated
// system to keep it quick, with the notebook's band, tolerance and contexts and with others.
const ROOT = path.resolve(__dirname, '../../..');
const DATA = path.join(ROOT, 'data', 'speculators-scaling');
const hasData = fs.existsSync(DATA);
if (!hasData) console.warn('test/paper/reality-check/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-reality-step-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const P: step.Params = {
  realDir: DATA,
  realVerifiers: ['Qwen3-8B'],
  realLabel: 'the real sweeps (test)',
  simDir: path.join(ROOT, 'data/sim'),
  simSystems: ['qwen3-8b@a100-80gb'],
  simPrefillTolerance: 0.05,
  simExclusion: { minRateRatio: null },
  simBand: 0.1,
  calibrationReport: path.join(ROOT, 'data/calibration-report.json'),
  lovoReport: path.join(dir, 'no-such-lovo.json'),
  externalDir: path.join(ROOT, 'data/external'),
  pr5691System: 'llama-2-7b@a100-80gb',
  specdecodeSystem: 'llama-3.1-8b@h100-80gb',
  externalLabel: 'PR #5691 and specdecode-bench (test)',
  pr5691Context: 256,
  stepContexts: [256, 1024, 2048],
  tolerance: 0.25,
  magicdecLabel: 'MagicDec (test)',
  closedLoopLevel: 0.95,
  littleTolerance: 0.02,
  loss: { sweeps: 'relative', closedLoop: 'absolute' },
  claim: { minR2: 0.97 },
};

async function run(params: step.Params, name: string): Promise<ShownItem[]> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: '09-reality-check' });
  const data = await step.load(params);
  step.showCalibration(report, data, params);
  await step.showSimVsReal(report, data, params);
  await step.showStepCosts(report, data, params);
  const magicdec = step.fitMagicdec(data, params);
  await step.showMagicdec(report, magicdec, params);
  step.checkRealityClaims(report, magicdec, params);
  await report.close();
  return report.shown;
}

describe.skipIf(!hasData)('notebook 09 step (lib/paper/reality-check)', () => {
  it('shows every section and the closed-loop verdict, and says when no leave-one-verifier-out report exists', async () => {
    const shown = await run(P, 'default');
    expect(shown.filter((s) => s.kind !== 'markdown').map((s) => `${s.kind}:${s.id}`)).toEqual([
      'table:tab09-calibration',
      'table:tab09-sim-vs-real',
      'figure:nb09-sim-vs-real',
      'figure:nb09-step-cost',
      'table:tab09-step-cost',
      'figure:nb09-magicdec-closed-loop',
      'table:tab09-magicdec-fits',
      'claim:closed-loop',
    ]);
    const text = shown.map((s) => s.text).join('\n');
    expect(text).toContain(`No leave-one-verifier-out report at ${P.lovoReport}`);
    expect(text).toContain('lie within ±10%');
    expect(text).toContain('within ±25% of the public measurements');
    expect(text).toContain('on the real sweeps (test), per-setting Eq. 1 fits with the relative loss (residuals divided by the measured latency)');
    for (const id of ['nb09-magicdec-closed-loop', 'tab09-magicdec-fits']) {
      expect(shown.find((s) => s.id === id)!.text).toContain("lines fitted by ordinary least squares, the absolute loss (residuals in seconds, the paper's curve_fit)");
    }
    expect(shown.find((s) => s.id === 'tab09-sim-vs-real')!.text).toContain('the real sweeps (test) against the simulated data set');
    expect(shown.find((s) => s.kind === 'claim')!.text).toMatch(/^public: (partly|fails)\. MagicDec's per-token latency .* AR R² 0\.98.*cannot be tested here/);
  }, 60_000);

  it('follows changed band, tolerance, contexts and Little tolerance, and shows a leave-one-verifier-out report that exists', async () => {
    const lovo = path.join(dir, 'lovo.json');
    const row = (verifier: string, mape: number) => ({ verifier, n_points: 40, mape_pct: mape, max_error_pct: 20, bias_pct: 1, sync_mape_pct: 3, fitted_on: 'others', fit_sweeps: 64, evaluations: 150, seconds: 100 });
    fs.writeFileSync(lovo, JSON.stringify({ id: 'calibration-lovo', caption: 'held out (test)', columns: [], rows: [row('Qwen3-8B', 9), row('Qwen3-32B', 7)] }));
    const changed = { ...P, simBand: 0.2, tolerance: 0.2, pr5691Context: 512, stepContexts: [1024], littleTolerance: 0.15, lovoReport: lovo };
    const shown = await run(changed, 'changed');
    const all = shown.map((s) => s.text).join('\n');
    expect(all).toContain('±20%');
    expect(all).not.toMatch(/±10%|±25%/);
    expect(all).toContain('context 512');
    expect(all).toContain('context 1024');
    expect(all).not.toMatch(/context 256|context 2048|256 tokens|2048 tokens/);
    expect(all).toContain('within 15%');
    expect(all).not.toContain('within 2%');
    expect(shown.find((s) => s.id === 'tab09-calibration-lovo')!.text).toContain(`(${lovo}: held out (test))`);
    expect(all).toMatch(/Each verifier replayed with a calibration fitted without it, MAPE: Qwen3-8B 9% \(in sample [\d.]+%\), Qwen3-32B 7% \(in sample [\d.]+%\)\. Mean over these 2 verifier\(s\)/);
  }, 60_000);

  it('fits the real sweeps and the closed-loop lines with the losses of the parameter cell, and names them', async () => {
    const data = await step.load(P);
    const Q: step.Params = { ...P, loss: { sweeps: 'absolute', closedLoop: 'relative' } };
    const [before, after] = [step.fitMagicdec(data, P), step.fitMagicdec(data, Q)];
    expect(after.sweepFits.every((g) => g.fit === null || g.fit.loss === 'absolute')).toBe(true);
    expect(after.sweepFits.map((g) => g.fit?.c1)).not.toEqual(before.sweepFits.map((g) => g.fit?.c1));
    expect([before.closed.loss, after.closed.loss]).toEqual(['absolute', 'relative']);
    expect(after.closed.fits.map((f) => f.slope)).not.toEqual(before.closed.fits.map((f) => f.slope));
    const report = step.createReport({ outDir: path.join(dir, 'losses'), display: false, formats: [], notebook: '09-reality-check' });
    await step.showMagicdec(report, after, Q);
    step.checkRealityClaims(report, after, Q);
    const weighted = 'lines fitted by weighted least squares with weights 1/L², the relative loss (residuals divided by the measured latency)';
    for (const id of ['nb09-magicdec-closed-loop', 'tab09-magicdec-fits']) expect(report.shown.find((s) => s.id === id)!.text, id).toContain(weighted);
    const text = report.shown.map((s) => s.text).join('\n');
    expect(text).toContain("per-setting Eq. 1 fits with the absolute loss (residuals in seconds, the paper's curve_fit)");
    expect(report.shown.find((s) => s.kind === 'claim')!.text).toContain('(lines with the relative loss)');
    expect(text).not.toContain('ordinary least squares');
    await expect(step.load({ ...P, loss: { sweeps: 'relative', closedLoop: 'log' as never } })).rejects.toThrow(
      'reality-check: P.loss.closedLoop log is not a loss (losses: relative, absolute)',
    );
  }, 60_000);

  it('fails in the load cell on values the data do not hold or out of range, listing what there is', async () => {
    await expect(step.load({ ...P, realVerifiers: ['Qwen3-9B'] })).rejects.toThrow(
      /^reality-check: P\.realVerifiers "Qwen3-9B" is not in the data \(verifiers: Qwen3-0\.6B, Qwen3-1\.7B, Qwen3-8B, Qwen3-14B, Qwen3-32B\)$/,
    );
    await expect(step.load({ ...P, simSystems: ['qwen3-9b@a100-80gb'] })).rejects.toThrow(/^simDatasetFiles requires systems of the plan \(.*qwen3-8b@a100-80gb.*\), got qwen3-9b@a100-80gb$/);
    await expect(step.load({ ...P, pr5691System: 'llama-2-7b@a100' })).rejects.toThrow(/^getSystemSpec requires a known system name, got "llama-2-7b@a100"; close names: .*llama-2-7b@a100-80gb/);
    await expect(step.load({ ...P, simBand: 10 })).rejects.toThrow('reality-check: P.simBand must be a fraction in (0, 1), got 10');
    await expect(step.load({ ...P, calibrationReport: path.join(dir, 'missing.json') })).rejects.toThrow(/^loadCalibrationReport: .*missing\.json: ENOENT$/);
  }, 60_000);
});
