import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli.js';
import { formatTidyCsv } from '../../lib/data/formats/tidy-csv/format-tidy-csv.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';
import { createRng } from '../../lib/random/create-rng.js';
import { fixturePath } from '../data/fixtures.js';
import { captureIo } from './capture-io.js';
import { tidyRow } from '../fit/tidy-row-factory.js';

const row = (o: Partial<TidyRow>): TidyRow => tidyRow({ hardware: 'H100', completed: 500, source: '', ...o });

/** A sweep from Eq. 1 with 1% noise: synchronous, throughput, 8 constant rates up to 80% of saturation. */
function eq1Sweep(verifier: string, c1: number, c2: number, seed: number): TidyRow[] {
  const rng = createRng(seed);
  const rates = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((u) => u / c2);
  return [
    row({ verifier, strategy: 'synchronous', measured_rps: 1 / (c1 + c2), mean_latency_s: (c1 + c2) * (1 + 0.01 * rng.normal()) }),
    row({ verifier, strategy: 'throughput', measured_rps: 0.95 / c2, mean_latency_s: 40 * c1 }),
    ...rates.map((r) => row({ verifier, rate_rps: r, measured_rps: r, mean_latency_s: (c1 / (1 - r * c2)) * (1 + 0.01 * rng.normal()) })),
  ];
}

function writeCsv(rows: TidyRow[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'speclat-fit-'));
  const file = path.join(dir, 'runs.csv');
  writeFileSync(file, formatTidyCsv(rows));
  return file;
}

describe('speclat fit', () => {
  it('--json recovers known Eq. 1 coefficients per configuration and lists excluded points', async () => {
    const file = writeCsv([...eq1Sweep('A', 1.2, 0.05, 1), ...eq1Sweep('B', 0.6, 0.02, 2)]);
    const io = captureIo();
    expect(await main(['fit', file, '--json'], io)).toBe(0);
    const out = JSON.parse(io.out);
    expect(out).toHaveLength(2);
    const [a, b] = out;
    expect(a).toMatchObject({ verifier: 'A', hardware: 'H100', k: 0, alpha: null, model: 'eq1', loss: 'relative', n_points: 9 });
    // 1% noise on 9 points: C1 within 2%, C2 within 3% (several standard errors).
    expect(Math.abs(a.c1 / 1.2 - 1)).toBeLessThan(0.02);
    expect(Math.abs(a.c2 / 0.05 - 1)).toBeLessThan(0.03);
    expect(Math.abs(b.c1 / 0.6 - 1)).toBeLessThan(0.02);
    expect(Math.abs(b.c2 / 0.02 - 1)).toBeLessThan(0.03);
    expect(a.r2).toBeGreaterThan(0.99);
    expect(a.mape).toBeLessThan(0.02);
    expect(a.saturation_rps).toBeCloseTo(1 / a.c2, 10);
    expect(a.excluded).toEqual([{ source: expect.stringMatching(/runs\.csv/), reason: expect.stringMatching(/^throughput strategy/) }]);
    expect(io.err).toBe('');
  });

  it('prints an aligned table with constant key columns above it', async () => {
    const file = writeCsv([...eq1Sweep('A', 1.2, 0.05, 1), ...eq1Sweep('B', 0.6, 0.02, 2)]);
    const io = captureIo();
    expect(await main(['fit', file], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toBe('# loss: relative (residuals (pred - obs) / obs)');
    expect(lines[1]).toBe('# drafter=\'\' hardware=H100 prefill_tokens=512 decode_tokens=128 k=0 alpha=-');
    expect(lines[2].split(/\s{2,}/)).toEqual(['verifier', 'C1 (s)', 'C2 (s/req)', 'R2', 'MAPE %', 'n', 'excluded', 'sat (rps)']);
    expect(lines[3]).toMatch(/^A\s+1\.\d+\s+0\.0\d+\s+0\.99\d+\s+[\d.]+\s+9\s+1\s+\d/);
    expect(lines).toHaveLength(5);
  });

  it('--model sd recovers the six pooled coefficients', async () => {
    const six = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
    const rng = createRng(8);
    const rows: TidyRow[] = [];
    for (const alpha of [0.6, 0.8, 1]) {
      for (const k of [1, 2, 4, 6]) {
        const e = alpha === 1 ? k + 1 : (1 - alpha ** (k + 1)) / (1 - alpha);
        const c1 = six[0] + (128 / e) * (six[1] + k * six[2]);
        const c2 = six[3] + (128 / e) * (six[4] + k * six[5]);
        for (const u of [0.1, 0.25, 0.4, 0.55, 0.7]) {
          rows.push(row({ drafter: 'D', k, alpha, measured_rps: u / c2, rate_rps: u / c2, mean_latency_s: (c1 / (1 - u)) * (1 + 0.005 * rng.normal()), source: `k${k}a${alpha}` }));
        }
      }
    }
    const io = captureIo();
    expect(await main(['fit', writeCsv(rows), '--model', 'sd', '--json'], io)).toBe(0);
    const [fit] = JSON.parse(io.out);
    expect(fit).toMatchObject({ verifier: 'V', drafter: 'D', model: 'sd', loss: 'relative', unidentified: [], n_points: 60, n_settings: 12, saturation_rps: null });
    ['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d'].forEach((name, j) => expect(Math.abs(fit[name] / six[j] - 1)).toBeLessThan(0.1));
    expect(fit.k).toBeUndefined();
    expect(fit.regression_r2_c1).toBeUndefined(); // per-setting fits only with --diagnostics
    const diag = captureIo();
    expect(await main(['fit', writeCsv(rows), '--model', 'sd', '--json', '--diagnostics'], diag)).toBe(0);
    const [withDiag] = JSON.parse(diag.out);
    expect(withDiag.regression_r2_c1).toBeGreaterThan(0.99);
    expect(withDiag.c1_p).toBe(fit.c1_p);
  });

  it('--loss absolute reproduces the unweighted fit, and the two losses differ on noisy data', async () => {
    const file = writeCsv(eq1Sweep('A', 1.2, 0.05, 1));
    const rel = captureIo();
    const abs = captureIo();
    expect(await main(['fit', file, '--json'], rel)).toBe(0);
    expect(await main(['fit', file, '--json', '--loss', 'absolute'], abs)).toBe(0);
    const [r] = JSON.parse(rel.out);
    const [a] = JSON.parse(abs.out);
    expect(a.loss).toBe('absolute');
    const { fitEq1 } = await import('../../lib/fit/fit-eq1.js');
    const lib = fitEq1(eq1Sweep('A', 1.2, 0.05, 1), { loss: 'absolute' });
    expect(a.c1).toBeCloseTo(lib.c1, 12);
    expect(a.c2).toBeCloseTo(lib.c2, 12);
    expect(r.c1).not.toBe(a.c1);
    const table = captureIo();
    expect(await main(['fit', file, '--loss', 'absolute'], table)).toBe(0);
    expect(table.out.split('\n')[0]).toBe('# loss: absolute (residuals pred - obs in seconds)');
    const bad = captureIo();
    expect(await main(['fit', file, '--loss', 'log'], bad)).toBe(1);
    expect(bad.err).toBe('speclat fit: fit requires --loss relative or absolute, got "log"\n');
  });

  it('prints coefficients the data cannot identify as null (JSON) or - (table), with the reason', async () => {
    // One draft length and no baseline: only c1_v + 2 c1_d and c2_v + 2 c2_d are determined.
    const six = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
    const rng = createRng(9);
    const rows: TidyRow[] = [];
    for (const alpha of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      const k = 2;
      const e = (1 - alpha ** (k + 1)) / (1 - alpha);
      const c1 = six[0] + (128 / e) * (six[1] + k * six[2]);
      const c2 = six[3] + (128 / e) * (six[4] + k * six[5]);
      for (const u of [0.1, 0.25, 0.4, 0.55, 0.7]) {
        rows.push(row({ drafter: 'D', k, alpha, measured_rps: u / c2, rate_rps: u / c2, mean_latency_s: (c1 / (1 - u)) * (1 + 0.005 * rng.normal()), source: `a${alpha}` }));
      }
    }
    const file = writeCsv(rows);
    const io = captureIo();
    expect(await main(['fit', file, '--model', 'sd', '--json'], io)).toBe(0);
    const [fit] = JSON.parse(io.out);
    expect([fit.c1_v, fit.c1_d, fit.c2_v, fit.c2_d]).toEqual([null, null, null, null]);
    expect(fit.c1_p).toBeGreaterThan(0);
    expect(fit.unidentified.map((u: { coefficients: string[] }) => u.coefficients)).toEqual([['c1_v', 'c1_d'], ['c2_v', 'c2_d']]);
    expect(fit.unidentified[0].reason).toMatch(/every SD row has the same draft length k = 2/);
    const table = captureIo();
    expect(await main(['fit', file, '--model', 'sd'], table)).toBe(0);
    const cells = table.out.split('\n')[3].trim().split(/\s{2,}/);
    expect(cells.slice(1, 3)).toEqual(['-', '-']);
    expect(table.out).toMatch(/unidentified: the data determine only a combination of c1_v, c1_d/);
  });

  it('fits the trimmed real sweep fixture', async () => {
    const io = captureIo();
    expect(await main(['fit', fixturePath('reduced'), '--json'], io)).toBe(0);
    const [fit] = JSON.parse(io.out);
    expect(fit).toMatchObject({ verifier: 'Qwen3-8B', k: 3, alpha: 0.7, n_points: 3 });
    expect(fit.r2).toBeGreaterThan(0.95);
  });

  it('exits 1 with a reason when no group fits, and on bad options', async () => {
    let io = captureIo();
    expect(await main(['fit', writeCsv(eq1Sweep('A', 1, 0.05, 1).slice(0, 3))], io)).toBe(1);
    expect(io.err).toBe('speclat fit: no group could be fitted (first error: fitEq1 requires at least 3 points, got 2 usable of 3 (1 excluded))\n');
    io = captureIo();
    expect(await main(['fit', 'x.csv', '--model', 'nope'], io)).toBe(1);
    expect(io.err).toBe('speclat fit: fit requires --model eq1, sd or moe, got "nope"\n');
    io = captureIo();
    expect(await main(['fit', 'x.csv', '--model', 'moe'], io)).toBe(1);
    expect(io.err).toBe('speclat fit: fit requires --experts and --active with --model moe\n');
    io = captureIo();
    expect(await main(['fit', 'x.csv', '--experts', '8'], io)).toBe(1);
    expect(io.err).toMatch(/requires --model moe/);
    io = captureIo();
    expect(await main(['fit'], io)).toBe(2);
    expect(io.err).toMatch(/^speclat fit: no FILE given/);
    io = captureIo();
    expect(await main(['fit', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/^usage: speclat fit/);
  });

  it('fits a real vLLM sweep (one result file per rate) with no flags: one group, lengths reported', async () => {
    const io = captureIo();
    expect(await main(['fit', fixturePath('vllm/sweep-llama33-70b')], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toBe('# loss: relative (residuals (pred - obs) / obs)');
    expect(lines[1]).toBe("# verifier=meta-llama/Llama-3.3-70B-Instruct drafter='' hardware='' prefill_tokens=213 decode_tokens=213 k=0 alpha=-");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/\s3\s+1\s+[\d.]+\s+prompt 213.3 \[213.3-213.3\], output 212.9 \[212-213.8\]$/);
    const json = captureIo();
    expect(await main(['fit', fixturePath('vllm/sweep-llama33-70b'), '--json'], json)).toBe(0);
    const [g] = JSON.parse(json.out);
    expect(g).toMatchObject({ n_points: 3, output_tokens: { min: 211.99, max: 213.85 } });
    expect(g.r2).toBeGreaterThan(0.99);
  });

  it('vLLM and SGLang runs in one file are two sweeps; the exclusion thresholds are flags', async () => {
    const file = fixturePath('vllm/append-result-two-frameworks.jsonl.json');
    let io = captureIo();
    expect(await main(['fit', file, '--json'], io)).toBe(0);
    let out = JSON.parse(io.out);
    expect(out.map((g: { meta_framework: string; n_points: number }) => [g.meta_framework, g.n_points])).toEqual([
      ['sgl', 4],
      ['vllm', 4],
    ]);
    io = captureIo();
    expect(await main(['fit', file, '--json', '--ttft-growth', 'off', '--jump-factor', 'off'], io)).toBe(0);
    out = JSON.parse(io.out);
    expect(out.map((g: { n_points: number }) => g.n_points)).toEqual([5, 5]);
    io = captureIo();
    expect(await main(['fit', file, '--ttft-growth', 'x'], io)).toBe(1);
    expect(io.err).toBe(`speclat fit: fit requires --ttft-growth to be a number >= 0 or 'off', got "x"\n`);
    io = captureIo();
    expect(await main(['fit', file, '--no-exclude', '--drain-latencies', '2'], io)).toBe(1);
    expect(io.err).toBe('speclat fit: fit requires at most one of --no-exclude and --drain-latencies\n');
  });

  it('a failed group keeps its excluded list in --json', async () => {
    const io = captureIo();
    expect(await main(['fit', fixturePath('vllm/save-result-partial.json'), '--json'], io)).toBe(1);
    const [g] = JSON.parse(io.out);
    expect(g.error).toMatch(/^fitEq1 requires at least one usable point/);
    expect(g.excluded).toEqual([{ source: fixturePath('vllm/save-result-partial.json'), reason: 'errored share 4% > 2% (10 of 250 requests)' }]);
  });

  it('negative and malformed values get the one-line error (exit 1), not a parser message', async () => {
    for (const [flag, value, what] of [
      ['--k', '-1', 'an integer >= 0'],
      ['--max-concurrency', '-4', "a positive number or 'off'"],
      ['--length-tolerance', '-0.1', 'a number >= 0'],
    ]) {
      const io = captureIo();
      expect(await main(['fit', fixturePath('vllm/sweep-llama33-70b'), flag, value], io)).toBe(1);
      expect(io.err).toBe(`speclat fit: fit requires ${flag} to be ${what}, got "${value}"\n`);
    }
  });
});
