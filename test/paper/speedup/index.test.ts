import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/speedup/index.js';
import type { ShownItem } from '../../../lib/io/create-report.js';
import { notebookParams, ROOT } from '../notebook-params.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { fitGroups } from '../../../lib/fit/fit-groups.js';
import { identifiedSdGroupFits } from '../../../lib/fit/identified-sd-coefficients.js';

// Runs notebook 06's step functions as the notebook does, with the notebook's own parameter cell,
// then with one parameter changed, and checks that every output naming the parameter follows it.
const NOTEBOOK = '06-speedup-draft-length';
const hasData = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling'));
if (!hasData) console.warn('test/paper/speedup/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-nb06-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every cell of the notebook after the load, in order; returns what the report showed. */
async function run(P: step.Params, data: step.SpeedupData, name: string): Promise<ShownItem[]> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: NOTEBOOK });
  const coverage = step.coefficients(report, data);
  const speedups: step.MeasuredSpeedups[] = [];
  for (const system of data.sim) speedups.push(await step.simulatedSpeedup(report, system, P));
  const implied = await step.realSpeedup(report, data, P);
  await step.bestK(report, data, P);
  const ratios = step.ratios(report, data, coverage, implied, P);
  step.breakEven(report, ratios, P);
  step.recommendations(report, data, speedups, P);
  step.eq2Claims(report, data, speedups, P);
  await report.close();
  return report.shown;
}

/** The outputs that name P.alpha: the speedup figures, the advice and the Eq. 2 claims. */
const alphaOutputs = (shown: readonly ShownItem[]): ShownItem[] =>
  shown.filter((s) => (s.kind === 'figure' && s.id.startsWith('nb06-speedup-')) || (s.kind === 'markdown' && s.text.startsWith('With α')) || (s.kind === 'claim' && s.text.startsWith('simulated')));

describe.skipIf(!hasData)(`notebook ${NOTEBOOK}: step functions`, () => {
  const P = notebookParams<step.Params>(`${NOTEBOOK}.ipynb`);
  let data: step.SpeedupData;
  let shown: ShownItem[];
  beforeAll(async () => {
    data = await step.load(P);
    shown = await run(P, data, 'default');
  });

  it('at the defaults writes every figure and table of the notebook, and records eq2-speedup on both data', () => {
    const ids = shown.filter((s) => s.kind === 'figure' || s.kind === 'table').map((s) => s.id);
    const lengths = P.simWorkloads.map((w) => `${w.prefill_tokens}-${w.decode_tokens}`);
    expect(ids).toEqual([
      'tab06-sd-coefficients',
      ...lengths.map((l) => `nb06-speedup-sim-${l}`),
      'nb06-speedup-real-implied',
      ...lengths.map((l) => `nb06-best-k-sim-${l}`),
      'nb06-best-k-real',
      'tab06-break-even',
    ]);
    const claims = shown.filter((s) => s.kind === 'claim');
    expect(claims.map((c) => c.id)).toEqual(['eq2-speedup', 'eq2-speedup']);
    expect(claims[0].text).toMatch(/^simulated: (holds|partly|fails)\. /);
    // The real data hold no run without speculation, so Eq. 2 cannot be tested on them.
    expect(claims[1].text).toMatch(/^real: untestable\. None of the \d+ real benchmarks/);
  });

  for (const alpha of [0.6, 1.0]) {
    it(`at alpha ${alpha} names the new alpha in every title, caption and sentence that named the old one`, async () => {
      const changed = await run({ ...P, alpha }, data, `alpha-${alpha}`);
      const before = alphaOutputs(shown);
      const after = alphaOutputs(changed);
      expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
      const old = new RegExp(`α = ${String(P.alpha).replace('.', '\\.')}(?![0-9])`);
      for (const s of before) expect(s.text, s.id).toMatch(old);
      for (const s of after) {
        expect(s.text, s.id).toContain(`α = ${String(alpha)}`);
        expect(s.text, s.id).not.toMatch(old);
      }
    });
  }

  it('at alpha 0.6 draws no line for a draft length whose sweep cannot be fitted alone, and says why', async () => {
    // A sweep of which only two benchmarks are left (as when a window completes almost nothing):
    // its own Eq. 1 fit needs three, so it gets no line, while the pooled fit still covers its k.
    const long = data.sim.find((s) => s.decodeTokens === 1024)!;
    const isSweep = (r: TidyRow): boolean => r.k === 10 && r.alpha !== null && Math.abs(r.alpha - 0.6) < 1e-9;
    const sweep = long.rows.filter(isSweep);
    expect(sweep.length).toBeGreaterThan(2);
    const rows = [...long.rows.filter((r) => !isSweep(r)), ...sweep.slice(0, 2)];
    const fits = identifiedSdGroupFits(fitGroups(rows, { model: 'sd', exclusion: long.exclusion }));
    const short = { ...long, rows, fits, fit: fits[0].fit! };
    const setting = short.fit.settings.find((s) => s.k === 10 && s.alpha !== null && Math.abs(s.alpha - 0.6) < 1e-9);
    expect(setting?.c1).toBeNull();
    const changed = await run({ ...P, alpha: 0.6 }, { ...data, sim: data.sim.map((s) => (s === long ? short : s)) }, 'alpha-0.6-lines');
    const text = changed.filter((s) => s.kind === 'markdown').map((s) => s.text).join('\n');
    expect(text).toContain(`No line for k = 10: the sweep at α = 0.6 could not be fitted alone (${setting!.error})`);
  });

  it('fits with the loss of the parameter cell, which moves the coefficients and is named in every caption about the fits', async () => {
    const relative = 'relative loss (residuals divided by the measured latency)';
    const absolute = "absolute loss (residuals in seconds, the paper's curve_fit)";
    expect(P.loss).toBe('relative');
    const Q: step.Params = { ...P, loss: 'absolute' };
    const abs = await step.load(Q);
    const absShown = await run(Q, abs, 'absolute');
    // Every pooled fit, and the per-sweep Eq. 1 fits inside it (the speedup lines), minimised the absolute loss.
    for (const [before, after] of [...abs.sim.map((s, i) => [data.sim[i], s] as const), [data.real, abs.real] as const]) {
      expect(after.fit.loss).toBe('absolute');
      expect(after.fit.settings.map((x) => x.c1)).not.toEqual(before.fit.settings.map((x) => x.c1));
      expect(after.fit.c1_p).not.toBe(before.fit.c1_p);
    }
    const captions = (items: readonly ShownItem[]) => items.filter((s) => s.kind === 'figure' || s.kind === 'table');
    expect(captions(absShown)).toHaveLength(captions(shown).length);
    for (const s of captions(shown)) expect(s.text, s.id).toContain(relative);
    for (const s of captions(absShown)) expect(s.text, s.id).toContain(absolute);
    expect(absShown.find((s) => s.kind === 'markdown' && s.text.includes('fitted without its baseline sweep'))!.text).toContain(absolute);
    for (const s of absShown) expect(s.text).not.toContain('relative loss');
    await expect(step.load({ ...P, loss: 'log' as never })).rejects.toThrow('speedup: P.loss log is not a loss (losses: relative, absolute)');
  }, 120_000);

  it('fails on an alpha or k the data do not hold, listing the values they hold', async () => {
    const report = step.createReport({ outDir: path.join(dir, 'bad'), display: false, formats: [], notebook: NOTEBOOK });
    await expect(step.simulatedSpeedup(report, data.sim[0], { ...P, alpha: 0.65 })).rejects.toThrow(
      /^speedup: P\.alpha 0\.65 is not in the simulated data of Qwen3-8B, 512\/128 \(alphas: 0\.5, 0\.6, 0\.7, 0\.8, 0\.9, 1\)$/,
    );
    await expect(step.simulatedSpeedup(report, data.sim[0], { ...P, simKs: [1, 7] })).rejects.toThrow(
      /^speedup: P\.simKs 7 is not in the simulated data of Qwen3-8B, 512\/128 at α = 0\.8 \(draft lengths: 1, 2, 3, 4, 5, 6, 8, 10\)$/,
    );
    await expect(step.bestK(report, data, { ...P, bestKAlphas: [0.3] })).rejects.toThrow(/^speedup: P\.bestKAlphas 0\.3 is outside the range of the simulated data/);
    expect(() => step.breakEven(report, step.ratios(report, data, [], { withoutBaseline: null, withBaseline: null }, P), { breakEvenAlphas: [0.65] })).toThrow(
      /^speedup: P\.breakEvenAlphas 0\.65 is not in the fitted settings of the simulated Qwen3-8B, 512\/128 \(alphas: 0\.5, 0\.6, 0\.7, 0\.8, 0\.9, 1\)$/,
    );
  });

  it('fails in load on a workload or verifier the data do not hold, listing the values they hold', async () => {
    await expect(step.load({ ...P, simWorkloads: [{ prefill_tokens: 512, decode_tokens: 100 }] })).rejects.toThrow(
      /^speedup: P\.simWorkloads\[0\]\.decode_tokens 100 is not in the simulated data of Qwen3-8B at prefill 512 \(decode lengths: 128, 256, 512, 768, 1024\)$/,
    );
    await expect(step.load({ ...P, verifier: 'Qwen3-4B' })).rejects.toThrow(/^speedup: P\.verifier 'Qwen3-4B' is not in the simulated system qwen3-8b@a100-80gb \(verifiers: 'Qwen3-8B'\)$/);
  });

  it('follows another system: every title and caption names its verifier, none the old one', async () => {
    const other: step.Params = { ...P, simSystem: 'qwen3-14b@a100-80gb', verifier: 'Qwen3-14B', alpha: 0.9, breakEvenAlphas: [0.5, 0.9, 1] };
    const changed = await run(other, await step.load(other), 'qwen3-14b');
    const captioned = changed.filter((s) => s.kind === 'figure' || s.kind === 'table' || s.kind === 'claim');
    expect(captioned.length).toBeGreaterThan(8);
    for (const s of captioned) {
      expect(s.text, s.id).toContain('Qwen3-14B');
      expect(s.text, s.id).not.toContain('Qwen3-8B');
    }
    await expect(step.simulatedSpeedup(step.createReport({ outDir: path.join(dir, 'bad2'), display: false, formats: [] }), (await step.load(other)).sim[1], { ...other, alpha: 0.8 })).rejects.toThrow(
      /^speedup: P\.alpha 0\.8 is not in the simulated data of Qwen3-14B, 1024\/1024 \(alphas: 0\.5, 0\.7, 0\.9, 1\)$/,
    );
  });
});
