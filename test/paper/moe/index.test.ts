import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/moe/index.js';
import type { ShownItem } from '../../../lib/io/create-report.js';

// Runs notebook 07's step functions as the notebook does (one small system and fewer draft
// lengths keep it quick), at the notebook's alpha and at another alpha the data hold.
const ROOT = path.resolve(__dirname, '../../..');
const hasData = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling')) && fs.existsSync(path.join(ROOT, 'data', 'sim'));
if (!hasData) console.warn('test/paper/moe/index.test.ts: SKIPPED: no data/speculators-scaling or data/sim (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-moe-step-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const P: step.Params = {
  simDir: path.join(ROOT, 'data/sim'),
  systems: ['gpt-oss-20b@a100-80gb'],
  realDir: path.join(ROOT, 'data/speculators-scaling'),
  routing: {
    'gpt-oss-20b': { experts: 32, active: 4 },
    'Qwen3-30B-A3B': { experts: 128, active: 8 },
  },
  prefill: 512,
  decode: 128,
  alpha: 0.8,
  ks: [0, 1, 2, 8, 9, 10],
  figureKs: [0, 1, 10],
  tokensPerRequest: 'k+1',
  alternativeTokensPerRequest: 'k',
  lowerLoadShare: 0.5,
  minPoints: 5,
  simExclusion: { minRateRatio: null },
  loss: 'relative',
  smallKs: [0, 1, 2],
  largeKs: [8, 9, 10],
  stepTokens: [1, 16],
  claim: { minCorrectedR2: 0.976, minGain: 0.083 },
};

async function run(params: step.Params, name: string): Promise<ShownItem[]> {
  return (await runWithFits(params, name)).shown;
}

async function runWithFits(params: step.Params, name: string): Promise<{ shown: ShownItem[]; fits: step.MoeFitSets }> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: '07-moe' });
  const data = await step.load(params);
  const fits = step.fitMoeSets(data, params);
  await step.showMoeFigure(report, fits, params);
  step.showMoeR2(report, fits, params);
  step.showMoeFindings(report, fits, params);
  step.showMoeStepShares(report, params);
  step.checkMoeClaims(report, data, fits, params);
  await report.close();
  return { shown: report.shown, fits };
}

// The default run, shared by the tests that compare with it.
let defaultRun: Promise<{ shown: ShownItem[]; fits: step.MoeFitSets }> | undefined;
const runDefault = () => (defaultRun ??= runWithFits(P, 'default'));

describe.skipIf(!hasData)('notebook 07 step (lib/paper/moe)', () => {
  it('shows Fig. 8, both R² tables, the findings and both claim verdicts, every caption naming the parameters', async () => {
    const { shown } = await runDefault();
    expect(shown.filter((s) => s.kind === 'figure').map((s) => s.id)).toEqual(['fig08-moe']);
    expect(shown.filter((s) => s.kind === 'table').map((s) => s.id)).toEqual(['tab07-moe-r2', 'tab07-moe-r2-by-k']);
    const fig = shown.find((s) => s.id === 'fig08-moe')!.text;
    expect(fig).toContain('gpt-oss-20b on one A100; prefill 512 / decode 128, α = 0.8 for k ≥ 1');
    expect(shown.find((s) => s.id === 'tab07-moe-r2')!.text).toContain('α = 0.8, k = 0, 1, 2, 8, 9, 10');
    const claims = shown.filter((s) => s.kind === 'claim');
    expect(claims.map((c) => c.text.split(':')[0])).toEqual(['simulated', 'real']);
    expect(claims[0].text).toMatch(/^simulated: (holds|partly|fails)\. .*gpt-oss-20b 0\.\d{3} → (0|1)\.\d{3}.*R² ≥ 0\.976 with a gain ≥ 0\.083/);
    expect(claims[1].text).toMatch(/^real: untestable\. .*hold no MoE verifier.*Qwen3-8B/);
    expect(fs.existsSync(path.join(dir, 'default', 'claims', 'fig8-moe.simulated.json'))).toBe(true);
  }, 60_000);

  it('follows a changed alpha: every text that names α names the new value, none the old one', async () => {
    const shown = await run({ ...P, alpha: 0.6 }, 'alpha-0.6');
    const naming = shown.filter((s) => s.text.includes('α = '));
    expect(naming.map((s) => s.id)).toEqual(expect.arrayContaining(['fig08-moe', 'tab07-moe-r2', 'tab07-moe-r2-by-k']));
    for (const s of naming) {
      expect(s.text, s.id).toContain('α = 0.6');
      expect(s.text, s.id).not.toMatch(/α = 0\.8\b/);
    }
  }, 60_000);

  it('fits with the loss of the parameter cell, which moves the coefficients and R² and is named in the captions', async () => {
    const relative = 'plain Eq. 1 and Eq. 4 fits with the relative loss (residuals divided by the measured latency)';
    const absolute = "plain Eq. 1 and Eq. 4 fits with the absolute loss (residuals in seconds, the paper's curve_fit)";
    const base = await runDefault();
    const abs = await runWithFits({ ...P, loss: 'absolute' }, 'absolute');
    for (const set of ['main', 'alternative', 'whole'] as const) {
      const fitted = abs.fits[set].filter((f) => f.fit !== null);
      expect(fitted.length, set).toBeGreaterThan(0);
      expect(fitted.every((f) => f.fit!.loss === 'absolute'), set).toBe(true);
      expect(abs.fits[set].map((f) => f.fit?.plainEq1.c1), set).not.toEqual(base.fits[set].map((f) => f.fit?.plainEq1.c1));
      expect(abs.fits[set].map((f) => f.fit?.r2), set).not.toEqual(base.fits[set].map((f) => f.fit?.r2));
    }
    for (const id of ['fig08-moe', 'tab07-moe-r2', 'tab07-moe-r2-by-k']) {
      expect(base.shown.find((s) => s.id === id)!.text, id).toContain(relative);
      expect(abs.shown.find((s) => s.id === id)!.text, id).toContain(absolute);
    }
    expect(base.shown.some((s) => s.kind === 'markdown' && s.text.includes(`These are ${relative}; R² is made of squared errors in seconds`))).toBe(true);
    expect(abs.shown.some((s) => s.kind === 'markdown' && s.text.includes(`These are ${absolute}, the loss the paper's curve_fit minimised`))).toBe(true);
    for (const s of abs.shown) expect(s.text).not.toContain('relative loss');
    await expect(step.load({ ...P, loss: 'log' as never })).rejects.toThrow('moe: P.loss log is not a loss (losses: relative, absolute)');
  }, 120_000);

  it('fails in the load cell on values the data do not hold, listing the values they hold', async () => {
    await expect(step.load({ ...P, alpha: 0.65 })).rejects.toThrow(/^moe: P\.alpha 0\.65 is not in the data at prefill 512 \/ decode 128 \(alphas: 0\.6, 0\.8, 1\)$/);
    await expect(step.load({ ...P, ks: [0, 11] })).rejects.toThrow(/^moe: P\.ks 11 is not in the data at prefill 512 \/ decode 128, α = 0\.8 \(ks: 0, 1, 2, .*, 10\)$/);
    await expect(step.load({ ...P, figureKs: [3] })).rejects.toThrow(/^moe: P\.figureKs 3 is not in the data \(P\.ks: 0, 1, 2, 8, 9, 10\)$/);
    await expect(step.load({ ...P, routing: { 'Qwen3-30B-A3B': { experts: 128, active: 8 } } })).rejects.toThrow(/P\.routing has no routing facts for gpt-oss-20b/);
  }, 60_000);
});
