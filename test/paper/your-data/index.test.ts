import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli.js';
import * as step from '../../../lib/paper/your-data/index.js';
import { captureIo } from '../../cli/capture-io.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'speclat-your-data-'));
const fixture = 'test/fixtures/advise/magicdec-batch-latency.tidy.csv';

describe('step your-data (notebook 10)', () => {
  const P: step.Params = { files: [fixture], verifier: null, alpha: null, loads: null, sloLatencyS: null, maxK: null, maxBatch: 256, loss: 'relative', dataLabel: 'MagicDec batch latencies' };

  it('runs as the notebook does and names the data and the parameters in its outputs', async () => {
    const report = step.createReport({ outDir: tmp(), display: false, formats: [], notebook: '10-your-measurements' });
    await step.showAdvice(report, await step.load(P), P);
    await report.close();
    const ids = report.shown.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['advise-fits', 'advise-residuals', 'advise-collapse', 'advise-speedup', 'advise-configurations', 'advise-per-load']));
    for (const s of report.shown.filter((x) => x.kind === 'figure')) expect(s.text).toContain('MagicDec batch latencies');
    expect(report.shown.some((s) => s.kind === 'claim')).toBe(false);
    expect(report.shown.at(-1)!.text).toContain('4 measured loads');
  });

  it('a changed parameter shows up: an SLO and chosen loads', async () => {
    const Q = { ...P, sloLatencyS: 0.02, loads: [16, 100] };
    const report = step.createReport({ outDir: tmp(), display: false, formats: [], notebook: '10-your-measurements' });
    await step.showAdvice(report, await step.load(Q), Q);
    const configs = report.shown.find((s) => s.id === 'advise-configurations')!.text;
    expect(configs).toContain('mean latency ≤ 0.02 s');
    expect(configs).not.toContain('saturation load');
  });

  it('a value the data do not hold fails with the values they hold', async () => {
    await expect(step.load({ ...P, verifier: 'Qwen3-8B' })).rejects.toThrow('your-data: P.verifier Qwen3-8B is not in the data (verifiers: LLaMA-2-7B-32K)');
    await expect(step.load({ ...P, loss: 'log' as never })).rejects.toThrow('your-data: P.loss log is not a loss (losses: relative, absolute)');
  });

  const real = 'data/speculators-scaling';
  it.skipIf(!existsSync(real))('fits with the loss of the parameter cell (Eq. 1 and the pooled Eq. 3 fit move) and every caption about the fits names it', async () => {
    const R: step.Params = { ...P, files: [real], verifier: 'Qwen3-8B', alpha: 0.8, dataLabel: 'speculators-scaling' };
    const [rel, abs] = [await step.load(R), await step.load({ ...R, loss: 'absolute' })];
    expect([rel.advice.loss, abs.advice.loss]).toEqual(['relative', 'absolute']);
    expect(abs.advice.pooled.length).toBeGreaterThan(0);
    for (const v of abs.advice.pooled) expect(v.fit.loss).toBe('absolute');
    const measured = (d: typeof rel) => d.advice.configurations.filter((c) => c.source === 'measured');
    expect(measured(abs).every((c) => c.fit!.loss === 'absolute')).toBe(true);
    expect(measured(abs).map((c) => c.c1)).not.toEqual(measured(rel).map((c) => c.c1));
    expect(abs.advice.baseline.c1).not.toBe(rel.advice.baseline.c1); // implied by the pooled fit
    const report = step.createReport({ outDir: tmp(), display: false, formats: [], notebook: '10-your-measurements' });
    await step.showAdvice(report, abs, { ...R, loss: 'absolute' });
    const absolute = "absolute loss (residuals in seconds, the paper's curve_fit)";
    for (const id of ['advise-fits', 'advise-residuals', 'advise-speedup', 'advise-configurations']) expect(report.shown.find((s) => s.id === id)!.text, id).toContain(absolute);
    expect(report.shown.find((s) => s.id === 'advise-collapse')!.text).toContain('(absolute loss)');
    for (const s of report.shown) expect(s.text).not.toContain('relative loss');
  }, 60_000);
});

describe('speclat report', () => {
  it('writes the page, JSON figures (formats none: no browser), tables and advice.json', async () => {
    const out = tmp();
    const io = captureIo();
    expect(await main(['report', fixture, '--out', out, '--formats', 'none'], io)).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    for (const f of ['advise-fits', 'advise-residuals', 'advise-collapse', 'advise-speedup']) expect(existsSync(path.join(out, 'figures', `${f}.json`))).toBe(true);
    expect(existsSync(path.join(out, 'figures', 'advise-fits.png'))).toBe(false);
    expect(existsSync(path.join(out, 'tables', 'advise-per-load.csv'))).toBe(true);
    const advice = JSON.parse(readFileSync(path.join(out, 'advice.json'), 'utf8'));
    expect(advice.load_kind).toBe('concurrency');
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('advise-speedup');
  });
  it('requires --out', async () => {
    const io = captureIo();
    expect(await main(['report', fixture], io)).toBe(1);
    expect(io.err).toContain('report requires --out DIR');
  });
});
