import type { HeldOutR2Row } from './held-out-r2-figure.js';
import { formatNumber } from '../../util/format-number.js';
import { naturalCompare } from '../../util/natural-compare.js';
import type { HeldOutRow, HeldOutRun } from './held-out-r2-rows.js';
import type { ParameterRole } from '../shared/parameter-count-b.js';
import { parameterCountB } from '../shared/parameter-count-b.js';

/** Options of {@link heldOutClaims}. */
export interface HeldOutClaimsOptions {
  /** Which data, for the sentences. */
  dataLabel: string;
  /** R² every n must reach (default 0.97, the paper's Fig. 7). */
  threshold?: number;
  /** The claim covers verifiers of at least this many billion parameters (default 8). */
  minParamsB?: number;
  /** Coefficients of the claim (default c2_p, c2_v). */
  coefficients?: readonly string[];
  /** Parameters (billions) of a verifier (default parameterCountB; 8B models count 7.5 B and up). */
  sizeOf?: (name: string, role: ParameterRole) => number;
}

/** One model's Fig. 7 numbers, as heldOutClaims judges them. */
export interface HeldOutModelClaim {
  model: string;
  /** Verifier parameters (billions). */
  size: number;
  /** Per claimed coefficient: the smallest held-out R² over n and the largest held-out MAPE (%; null when unknown). */
  mins: Array<{ c: string; min: number; maxMape: number | null }>;
  /** Every claimed coefficient reaches the threshold at every n. */
  pass: boolean;
  /** The model counts as minParamsB and up. */
  large: boolean;
}

/**
 * Checks the paper's Fig. 7 claim: held-out R² ≥ 0.97 for c2_p and c2_v at every n on models of
 * 8B and up. For each model, the smallest R² over n of each claimed coefficient (and the largest
 * held-out MAPE, when the rows carry it: R² alone hides a coefficient that hardly varies); models are
 * split at minParamsB (with 5% slack, so Llama-3.1-8B's 8.03B and Qwen3-8B's 8.19B both count as 8B).
 *
 * @param rows heldOutR2Rows(...).rows
 * @param runs heldOutR2Rows(...).runs (for each model's verifier)
 * @param options dataLabel, threshold, minParamsB, coefficients, sizeOf
 * @returns `{ text, large, largePassing, small, smallPassing }` (model labels) and `models`: per model its size (billions),
 *   the smallest R² over n and largest held-out MAPE (%, null when unknown) of each claimed coefficient, whether it reaches
 *   the threshold and whether it counts as large
 * @throws {Error} `heldOutClaims requires ...` for empty rows or a model without a run
 * @example
 * heldOutClaims(cv.rows, cv.runs, { dataLabel: 'simulated' }).largePassing; // ['Qwen3-8B', 'Qwen3-14B', ...]
 */
export function heldOutClaims(
  rows: readonly (HeldOutR2Row | HeldOutRow)[],
  runs: readonly HeldOutRun[],
  options: HeldOutClaimsOptions,
): { text: string; large: string[]; largePassing: string[]; small: string[]; smallPassing: string[]; models: HeldOutModelClaim[] } {
  const fn = 'heldOutClaims';
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${fn} requires a non-empty array of held-out R² rows`);
  if (!Array.isArray(runs)) throw new Error(`${fn} requires the runs of heldOutR2Rows`);
  if (typeof options?.dataLabel !== 'string' || options.dataLabel === '') throw new Error(`${fn} requires options.dataLabel`);
  const threshold = options.threshold ?? 0.97;
  const minB = options.minParamsB ?? 8;
  const coefficients = options.coefficients ?? ['c2_p', 'c2_v'];
  const sizeOf = options.sizeOf ?? parameterCountB;
  const models = [...new Set(rows.map((r) => r.model))].sort(naturalCompare);
  const info: HeldOutModelClaim[] = models.map((model) => {
    const run = runs.find((r) => r.model === model);
    if (!run) throw new Error(`${fn} requires a run for every model, ${model} has none`);
    const size = sizeOf(run.verifier, 'verifier');
    const mins = coefficients.map((c) => {
      const mine = rows.filter((r) => r.model === model && r.coefficient === c);
      const mapes = mine.flatMap((r) => ('mapePct' in r && Number.isFinite(r.mapePct) ? [r.mapePct] : []));
      return { c, min: mine.length > 0 ? Math.min(...mine.map((r) => r.r2)) : Number.NaN, maxMape: mapes.length > 0 ? Math.max(...mapes) : null };
    });
    const pass = mins.every((m) => m.min >= threshold);
    return { model, size, mins, pass, large: size >= minB * 0.95 };
  });
  const large = info.filter((i) => i.large);
  const small = info.filter((i) => !i.large);
  const line = (i: (typeof info)[number]): string =>
    `- ${i.model} (${formatNumber(i.size)} B): ${i.mins
      .map((m) => `min R² of ${m.c} ${formatNumber(m.min, 4)}${m.maxMape === null ? '' : ` (held-out MAPE up to ${formatNumber(m.maxMape)}%)`}`)
      .join(', ')} (${i.pass ? 'reaches' : 'misses'} ${formatNumber(threshold)}).`;
  const verdict =
    large.length === 0
      ? `no model of ${minB}B and up was tested`
      : large.every((i) => i.pass)
        ? `all ${large.length} model(s) of ${minB}B and up reach it: agrees with the paper`
        : `${large.filter((i) => i.pass).length} of ${large.length} model(s) of ${minB}B and up reach it (${large.filter((i) => !i.pass).map((i) => i.model).join('; ')} miss): differs from the paper`;
  return {
    models: info,
    large: large.map((i) => i.model),
    largePassing: large.filter((i) => i.pass).map((i) => i.model),
    small: small.map((i) => i.model),
    smallPassing: small.filter((i) => i.pass).map((i) => i.model),
    text:
      `On ${options.dataLabel}, smallest held-out R² over n of ${coefficients.join(' and ')}:\n${info.map(line).join('\n')}\n` +
      `- Claim "held-out R² ≥ ${formatNumber(threshold)} for ${coefficients.join(' and ')} on models of ${minB}B and up": ${verdict}. ` +
      `Smaller models (contrast): ${small.length === 0 ? 'none tested' : `${small.filter((i) => i.pass).length} of ${small.length} reach it`}.`,
  };
}
