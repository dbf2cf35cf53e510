import * as path from 'node:path';
import type { TidyRow } from '../../data/tidy-schema.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { checkLossParam } from '../shared/fit-loss-param.js';
import { requireInData } from '../shared/require-in-data.js';
import type { Params, TailData } from './tails-params.js';

const STEP = 'tails';

/**
 * Checks notebook 08's parameters against the rows: each verifier, each statistic (a column with
 * values), each panel's verifier (among P.verifiers), alpha and k (for that verifier and alpha),
 * the curve mode, the loss and the claim's method and threshold.
 *
 * @param P the parameter cell
 * @param rows every row of the data folder
 * @returns nothing
 * @throws {Error} `tails: P.<name> <value> is not in the data (<values>: ...)`, `tails: P.loss ... is not a loss (...)`,
 *   or `tails: P.<name> ...` for a bad value
 * @example
 * checkTailParams(P, rows);
 */
export function checkTailParams(P: Params, rows: readonly TidyRow[]): void {
  if (!Array.isArray(P?.verifiers) || P.verifiers.length === 0) throw new Error(`${STEP}: P.verifiers must list at least one verifier`);
  for (const v of P.verifiers) requireInData(STEP, 'P.verifiers', v, rows.map((r) => r.verifier), 'verifiers');
  if (!Array.isArray(P.statistics) || P.statistics.length === 0) throw new Error(`${STEP}: P.statistics must list at least one statistic`);
  const held = (['p50', 'p95', 'p99'] as const).filter((s) => rows.some((r) => typeof r[`${s}_latency_s`] === 'number'));
  for (const s of P.statistics) requireInData(STEP, 'P.statistics', s, held, 'statistics');
  if (!Array.isArray(P.panels) || P.panels.length === 0) throw new Error(`${STEP}: P.panels must list at least one configuration`);
  P.panels.forEach((panel, i) => {
    requireInData(STEP, `P.panels[${i}].verifier`, panel.verifier, P.verifiers, 'P.verifiers');
    const mine = rows.filter((r) => r.verifier === panel.verifier);
    requireInData(STEP, `P.panels[${i}].alpha`, panel.alpha, mine.map((r) => r.alpha), 'alphas', `of ${panel.verifier}`);
    const at = mine.filter((r) => r.alpha === panel.alpha).map((r) => r.k);
    requireInData(STEP, `P.panels[${i}].k`, panel.k, at, 'ks', `of ${panel.verifier} at α = ${panel.alpha}`);
  });
  checkLossParam(STEP, 'P.loss', P.loss);
  if (!['refit', 'scaled', 'both'].includes(P.tailCurves)) throw new Error(`${STEP}: P.tailCurves must be 'refit', 'scaled' or 'both', got ${String(P.tailCurves)}`);
  if (!['refit', 'scaled'].includes(P.claim?.method) || !(P.claim.minMedianR2 <= 1)) {
    throw new Error(`${STEP}: P.claim needs method 'refit' or 'scaled' and minMedianR2 <= 1`);
  }
}

/**
 * Notebook 08's load cell: the measurements of P.dataDir (loadSpeculatorsScaling), checked
 * against the parameters (checkTailParams) and kept to P.verifiers, with the caption's name of
 * the data built from P.dataKind, the folder name and the rows' hardware and lengths.
 *
 * @param P the parameter cell
 * @returns the rows and their label
 * @throws {Error} the loader's errors; checkTailParams' errors for values the data do not hold
 * @example
 * const data = await loadTailData(P); // data.label: 'real vLLM measurements (speculators-scaling, A100-80GB, prefill 512 / decode 128)'
 */
export async function loadTailData(P: Params): Promise<TailData> {
  const all = await loadSpeculatorsScaling(P.dataDir);
  checkTailParams(P, all);
  const rows = all.filter((r) => P.verifiers.includes(r.verifier));
  const values = (key: 'hardware' | 'prefill_tokens' | 'decode_tokens'): string =>
    [...new Set(rows.map((r) => r[key]))].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)))).join(', ');
  const hardware = values('hardware');
  const label = `${P.dataKind} (${path.basename(path.resolve(P.dataDir))}${hardware ? `, ${hardware}` : ''}, prefill ${values('prefill_tokens')} / decode ${values('decode_tokens')})`;
  return { rows, label };
}
