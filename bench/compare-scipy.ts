/**
 * `npx tsx bench/compare-scipy.ts`: speclat's pooled Eq. 3 fits beside SciPy least_squares on the
 * same points (bench/scipy_sd_fit.py; python3 with numpy and scipy, else a note and exit 0):
 * - the real sweeps (data/speculators-scaling, when present): per system and loss, R^2 and MAPE of
 *   both fits and the largest relative coefficient difference;
 * - synthetic paper grids with known coefficients and 1% multiplicative noise (6 alpha x 6 k plus a
 *   baseline, a sync run and 9 rates each): the largest relative error of each fit against the truth.
 * Output: one markdown table per part.
 */
import { existsSync } from 'node:fs';
import { SPECULATORS_SCALING_DIR, loadSpeculatorsScaling } from '../lib/data/load-speculators-scaling.js';
import type { TidyRow } from '../lib/data/tidy-schema.js';
import type { FitLoss } from '../lib/fit/fit-loss.js';
import { fitGroups } from '../lib/fit/fit-groups.js';
import { fitSd } from '../lib/fit/fit-sd.js';
import { expectedTokens } from '../lib/model/expected-tokens.js';
import { SD_COEFFICIENT_NAMES } from '../lib/model/sd-coefficients.js';
import { createRng } from '../lib/random/create-rng.js';
import { coefficientGap, scipyMissing, scipySdFits, scipyVersion, sdProblemOf } from './scipy.js';

const pct = (v: number) => (100 * v).toFixed(2);
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function syntheticGrid(six: number[], seed: number): TidyRow[] {
  const rng = createRng(seed);
  const rows: TidyRow[] = [];
  const base = { verifier: 'synthetic', hardware: '', prefill_tokens: 512, decode_tokens: 128, rate_rps: null, concurrency: null, p50_latency_s: null, p95_latency_s: null, p99_latency_s: null, mean_ttft_ms: null, mean_itl_ms: null, mean_tpot_ms: null, mean_concurrency: null, completed: 500, errored: 0 };
  const settings = [{ k: 0, alpha: null as number | null }];
  for (const alpha of [0.5, 0.6, 0.7, 0.8, 0.9, 1]) for (const k of [1, 2, 3, 4, 6, 8]) settings.push({ k, alpha });
  for (const { k, alpha } of settings) {
    const e = k === 0 ? 1 : expectedTokens(alpha as number, k);
    const c1 = six[0] + (128 / e) * (six[1] + k * six[2]);
    const c2 = six[3] + (128 / e) * (six[4] + k * six[5]);
    const drafter = k === 0 ? '' : 'D';
    rows.push({ ...base, drafter, k, alpha, strategy: 'synchronous', measured_rps: 1 / (c1 + c2), mean_latency_s: (c1 + c2) * (1 + 0.01 * rng.normal()), source: `k${k}a${alpha}#sync` });
    for (let j = 1; j <= 9; j++) {
      const r = (0.1 * j) / c2;
      rows.push({ ...base, drafter, k, alpha, strategy: 'constant', rate_rps: r, measured_rps: r, mean_latency_s: (c1 / (1 - 0.1 * j)) * (1 + 0.01 * rng.normal()), source: `k${k}a${alpha}#${j}` });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const missing = scipyMissing();
  if (missing) {
    process.stdout.write(`compare-scipy: skipped: ${missing}\n`);
    return;
  }
  process.stdout.write(`SciPy ${scipyVersion()} least_squares (trf, analytic Jacobian) on the points each speclat fit used.\n\n`);
  if (existsSync(SPECULATORS_SCALING_DIR)) {
    const rows = await loadSpeculatorsScaling();
    const out: string[][] = [];
    for (const loss of ['relative', 'absolute'] as FitLoss[]) {
      const fits = fitGroups(rows, { model: 'sd', loss });
      const ok = fits.filter((g) => g.fit !== null);
      const sp = scipySdFits(ok.map((g) => sdProblemOf(g.fit!, g.label, loss)), 1);
      ok.forEach((g, i) => {
        const f = g.fit!;
        const gap = coefficientGap(SD_COEFFICIENT_NAMES.map((c) => f[c] ?? Number.NaN), sp[i].coefficients);
        out.push([String(g.key.verifier), loss, String(f.nPoints), f.r2.toFixed(4), sp[i].r2.toFixed(4), pct(f.mape), pct(sp[i].mape), gap.toExponential(1)]);
      });
    }
    process.stdout.write(`Real sweeps (speculators-scaling, ${rows.length} rows)\n\n`);
    process.stdout.write(`${table(['verifier', 'loss', 'points', 'R2 speclat', 'R2 SciPy', 'MAPE % speclat', 'MAPE % SciPy', 'coef. gap'], out)}\n\n`);
  } else {
    process.stdout.write(`Real sweeps skipped: ${SPECULATORS_SCALING_DIR} is absent\n\n`);
  }
  const systems = [
    [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001],
    [0.5, 0.0135, 0.0011, 0.035, 0.0003, 0.0001],
    [0.6, 0.02, 0.003, 0.03, 0.0005, 0.0003],
  ];
  const out: string[][] = [];
  systems.forEach((six, s) => {
    for (const seed of [1, 2, 3]) {
      const rows = syntheticGrid(six, 100 * s + seed);
      for (const loss of ['relative', 'absolute'] as FitLoss[]) {
        const f = fitSd(rows, { loss, exclusion: false });
        const [sp] = scipySdFits([sdProblemOf(f, 'grid', loss)], 1);
        const errs = SD_COEFFICIENT_NAMES.map((c, j) => Math.abs((f[c] ?? Number.NaN) / six[j] - 1));
        const worst = errs.indexOf(Math.max(...errs));
        const spWorst = Math.max(...sp.coefficients.map((v, j) => Math.abs(v / six[j] - 1)));
        out.push([`[${six.join(', ')}]`, String(seed), loss, `${pct(errs[worst])} (${SD_COEFFICIENT_NAMES[worst]})`, pct(spWorst), pct(f.mape), pct(sp.mape)]);
      }
    }
  });
  process.stdout.write('Synthetic paper grids (6 alpha x 6 k + baseline, sync + 9 rates, 1% multiplicative noise; 370 points)\n\n');
  process.stdout.write(`${table(['true c1_p..c2_d', 'seed', 'loss', 'worst coef. error % speclat', 'worst % SciPy', 'MAPE % speclat', 'MAPE % SciPy'], out)}\n`);
}

main().catch((err) => {
  process.stderr.write(`compare-scipy: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
