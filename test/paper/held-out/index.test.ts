import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as step from '../../../lib/paper/held-out/index.js';
import type { ShownItem } from '../../../lib/io/create-report.js';
import { notebookParams, ROOT } from '../notebook-params.js';

// Runs notebook 05's step functions as the notebook does, with the notebook's parameter cell narrowed
// to three systems (the assertions need no more), then with parameters changed.
const NOTEBOOK = '05-generalisation';
const hasData = fs.existsSync(path.join(ROOT, 'data', 'speculators-scaling'));
if (!hasData) console.warn('test/paper/held-out/index.test.ts: SKIPPED: no data/speculators-scaling (run npm run data:fetch)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-nb05-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every cell of the notebook after the load, in order; returns what the report showed. */
async function run(P: step.Params, data: step.HeldOutData, name: string): Promise<ShownItem[]> {
  const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: NOTEBOOK });
  const full = step.crossValidate(report, data, P);
  await step.fig7(report, data, full, P);
  const short = step.shortHalf(report, data, P);
  step.reading(report, data, full, short, P);
  step.claims(report, data, full, P);
  await report.close();
  return report.shown;
}

/** The paper's own number, quoted in the R² table captions whatever the threshold. */
const PAPER_QUOTE = /the paper reports R² ≥ 0\.97 for c2_p and c2_v on models of 8B and up/;

describe.skipIf(!hasData)(`notebook ${NOTEBOOK}: step functions`, () => {
  const P: step.Params = { ...notebookParams<step.Params>(`${NOTEBOOK}.ipynb`), simSystems: ['qwen3-1.7b@a100-80gb', 'qwen3-14b@a100-80gb', 'qwen3-8b@h100-80gb'] };
  let data: step.HeldOutData;
  let shown: ShownItem[];
  beforeAll(async () => {
    data = await step.load(P);
    shown = await run(P, data, 'default');
  });

  it('writes the figure and tables of the notebook and records fig7-held-out on both data', () => {
    expect(shown.filter((s) => s.kind === 'figure' || s.kind === 'table').map((s) => s.id)).toEqual([
      'fig07-held-out-r2-sim',
      'tab05-held-out-r2-sim',
      'tab05-held-out-mape-sim',
      'tab05-held-out-r2-sim-short-decode',
    ]);
    const claims = shown.filter((s) => s.kind === 'claim');
    expect(claims.map((c) => c.id)).toEqual(['fig7-held-out', 'fig7-held-out']);
    expect(claims[0].text).toMatch(/^simulated: (holds|partly|fails)\. Held-out R² ≥ 0\.97 for c2_p and c2_v at every n ∈ \{1, 2, 4\} on \d of 2 simulated system\(s\) of 8B and up over 16 prefill\/decode pairs/);
    expect(claims[1].text).toBe('real: untestable. The real data hold 1 prefill/decode pair(s) (512/128); leave-n-out over the lengths with n up to 4 needs at least 7.');
    expect(shown.find((s) => s.id === 'fig07-held-out-r2-sim')!.text).toContain('SIMULATED, 16 length pairs');
  });

  it('names a changed threshold and size cut everywhere they were named, and the paper\'s own numbers only as the paper\'s', async () => {
    const changed = await run({ ...P, threshold: 0.9, minParamsB: 1 }, data, 'threshold');
    const OLD = /(?<![0-9])0\.97(?![0-9])/;
    const named = (items: ShownItem[]) => items.filter((s) => OLD.test(s.text.replace(PAPER_QUOTE, '')));
    expect(named(shown).length).toBeGreaterThanOrEqual(5); // figure, two R² tables' columns, claim lines, reading, claim
    expect(named(changed)).toEqual([]);
    for (const s of named(shown)) {
      const after = changed.find((x) => x.kind === s.kind && x.id === s.id && (s.kind !== 'markdown' || x.text.slice(0, 40) === s.text.slice(0, 40)));
      expect(after, s.text.slice(0, 60)).toBeDefined();
      expect(after!.text, s.id).toMatch(/0\.9(?![0-9])/);
    }
    const texts = changed.filter((s) => s.kind === 'claim' || s.kind === 'markdown').map((s) => s.text).join('\n');
    expect(texts).not.toMatch(/8B and up/);
    expect(texts).toContain('of 1B and up');
    // With the cut at 1B, the 1.7B model is one of the claim's systems.
    expect(changed.find((s) => s.kind === 'claim' && s.text.startsWith('simulated'))!.text).toContain('of 3 simulated system(s) of 1B and up');
  });

  it('follows the short half and the decode weight: labels and sentences name the new values', async () => {
    const Q = { ...P, shortDecodes: [256, 768], decodeWeight: 1 };
    const changed = await run(Q, await step.load(Q), 'short');
    const shortTable = changed.find((s) => s.id === 'tab05-held-out-r2-sim-short-decode')!;
    expect(shortTable.text).toContain('decode 256 and 768 only (8 prefill/decode pairs)');
    const text = changed.map((s) => s.text).join('\n');
    expect(text).toContain('c1_v, c1_d, c2_v and c2_d from p + 1·g');
    expect(text).not.toContain('p + 0.5·g');
    expect(text).not.toContain('decode 256 and 512');
  });

  it('fits every length pair with the loss of the parameter cell, which moves the coefficients and is named in the captions', async () => {
    const relative = 'pooled Eq. 3 fits with the relative loss (residuals divided by the measured latency)';
    const absolute = "pooled Eq. 3 fits with the absolute loss (residuals in seconds, the paper's curve_fit)";
    expect(P.loss).toBe('relative');
    for (const id of ['fig07-held-out-r2-sim', 'tab05-held-out-r2-sim', 'tab05-held-out-mape-sim', 'tab05-held-out-r2-sim-short-decode']) expect(shown.find((s) => s.id === id)!.text).toContain(relative);
    // One system and n = 1 are enough to see the loss reach the pooled fits of the cross-validation.
    const small: step.Params = { ...P, simSystems: ['qwen3-14b@a100-80gb'], ns: [1] };
    const cvWith = async (Q: step.Params, name: string) => {
      const report = step.createReport({ outDir: path.join(dir, name), display: false, formats: [], notebook: NOTEBOOK });
      const d = await step.load(Q);
      const full = step.crossValidate(report, d, Q);
      await step.fig7(report, d, full, Q);
      return { full, shown: report.shown };
    };
    const rel = await cvWith(small, 'loss-relative');
    const abs = await cvWith({ ...small, loss: 'absolute' }, 'loss-absolute');
    const c2v = (r: typeof rel) => r.full.cv.groups[0].groups.map((g) => g.c2_v);
    expect(c2v(abs)).toHaveLength(16);
    expect(c2v(abs)).not.toEqual(c2v(rel));
    for (const s of abs.shown.filter((x) => x.kind !== 'claim')) {
      if (s.kind !== 'markdown' || s.text.startsWith('Cross-validation runs')) expect(s.text).toContain(absolute);
      expect(s.text).not.toContain('relative loss');
    }
    await expect(step.load({ ...P, loss: 'log' as never })).rejects.toThrow('heldOut: P.loss log is not a loss (losses: relative, absolute)');
  }, 120_000);

  it('fails on values the data do not hold, listing the values they hold', async () => {
    await expect(step.load({ ...P, lengths: { ...P.lengths, decode_tokens: [256, 300] } })).rejects.toThrow(
      /^heldOut: P\.lengths\.decode_tokens 300 is not in the simulated data of P\.simSystems \(decode lengths: 128, 256, 512, 768, 1024\)$/,
    );
    await expect(step.load({ ...P, settings: { ...P.settings, alpha: [null, 0.6] } })).rejects.toThrow(
      /^heldOut: P\.settings\.alpha 0\.6 is not in the simulated data of P\.simSystems on the grid of P\.lengths \(alphas: null, 0\.5, 0\.7, 0\.9, 1\)$/,
    );
    await expect(step.load({ ...P, simSystems: ['qwen3-9b@a100-80gb'] })).rejects.toThrow(/^heldOut: P\.simSystems 'qwen3-9b@a100-80gb' is not in the simulated data set \(systems: /);
    const Q = { ...P, shortDecodes: [256] };
    const report = step.createReport({ outDir: path.join(dir, 'bad'), display: false, formats: [] });
    const shortData = await step.load(Q);
    expect(() => step.shortHalf(report, shortData, Q)).toThrow(/^heldOut: P\.ns 2 leaves fewer than 3 training pairs of the 4 prefill\/decode pairs of .*decode 256 only/);
  });
});
