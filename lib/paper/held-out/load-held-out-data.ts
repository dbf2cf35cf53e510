import type { TidyRow } from '../../data/tidy-schema.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { filterRows, type ColumnCondition } from '../../data/verbs/filter-rows.js';
import { getSystemSpec } from '../../sim/system-registry.js';
import { benchmarkWindow, type BenchmarkWindow } from '../shared/benchmark-window.js';
import { checkLossParam, fitLossPhrase } from '../shared/fit-loss-param.js';
import { loadSimGrid } from '../shared/load-sim-grid.js';
import type { Params } from './params.js';

/** Notebook 05's data: the simulated rows of the grid, their labels, and what the real data hold. */
export interface HeldOutData {
  /** Simulated rows of P.simSystems on the length grid and settings of P. */
  rows: TidyRow[];
  /** The same, decode lengths of P.shortDecodes only. */
  shortRows: TidyRow[];
  /** How captions name the pooled fits of the length pairs, with P.loss (checked). */
  fitsLabel: string;
  /** Caption labels of the whole grid and of its short half (the fits included). */
  label: string;
  shortLabel: string;
  /** Prefill/decode pairs of the whole grid and of the short half. */
  nPairs: number;
  nShortPairs: number;
  /** The benchmarks' windows (completed / measured rate). */
  window: BenchmarkWindow;
  /** The real data's prefill/decode pairs ('512/128'), and its rows (for a cross-validation when they hold enough pairs). */
  realPairs: string[];
  realRows: TidyRow[];
}

const STEP = 'heldOut';

/** '256', '256 and 512', '256, 512 and 768'. */
export function joinAnd(values: readonly (number | string)[]): string {
  const v = values.map(String);
  return v.length <= 1 ? v.join('') : `${v.slice(0, -1).join(', ')} and ${v[v.length - 1]}`;
}

/** An alpha as the grid writes it: one decimal at least (1 → '1.0'). */
const alphaText = (a: number): string => (Number.isInteger(a) ? a.toFixed(1) : String(a));

/**
 * Loads notebook 05's data and checks every data parameter against it: the systems against the
 * data set's plan, each prefill and decode length, alpha and k of the grid against the rows of
 * those systems, the short half's decode lengths against the grid. Labels are built from what the
 * rows hold (pairs, settings, dense or not).
 *
 * @param P the notebook's parameters
 * @returns the rows, labels, windows and the real data's length pairs
 * @throws {Error} `heldOut: P.<name> <value> is not in the <data> (<values>: ...)`, `heldOut: P.loss ... is not a loss (...)`,
 *   or the loaders' errors for missing files
 * @example
 * const data = await loadHeldOutData(P);
 * data.label; // 'SIMULATED reference data (...): dense systems, 16 prefill/decode pairs, α ∈ {0.5, 0.7, 0.9, 1.0} × k ∈ {...} plus a baseline without speculation'
 */
export async function loadHeldOutData(P: Params): Promise<HeldOutData> {
  if (P === null || typeof P !== 'object') throw new Error(`${STEP}: load requires the parameter object P`);
  const fitsLabel = `pooled Eq. 3 fits with the ${fitLossPhrase(checkLossParam(STEP, 'P.loss', P.loss))}`;
  const { grid: rows } = await loadSimGrid({ step: STEP, ...P, names: { lengths: 'lengths', settings: 'settings' } });
  const shortRows = filterRows(rows, { decode_tokens: P.shortDecodes as ColumnCondition });
  const pairs = (rs: readonly TidyRow[]): number => new Set(rs.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`)).size;
  const moe = P.simSystems.map((s) => getSystemSpec(s).verifier.moe !== null);
  const kind = moe.every((m) => !m) ? 'dense systems' : moe.every((m) => m) ? 'mixture-of-experts systems' : 'dense and mixture-of-experts systems';
  const alphas = [...new Set(rows.filter((r) => r.alpha !== null).map((r) => r.alpha as number))].sort((a, b) => a - b);
  const ks = [...new Set(rows.filter((r) => r.k > 0).map((r) => r.k))].sort((a, b) => a - b);
  const baseline = rows.some((r) => r.k === 0) ? ' plus a baseline without speculation' : '';
  const nPairs = pairs(rows);
  const nShortPairs = pairs(shortRows);
  const realRows = await loadSpeculatorsScaling(P.realDir);
  return {
    rows,
    shortRows,
    fitsLabel,
    label: `${P.simLabel}: ${kind}, ${nPairs} prefill/decode pairs, α ∈ {${alphas.map(alphaText).join(', ')}} × k ∈ {${ks.join(', ')}}${baseline}; ${fitsLabel}`,
    shortLabel: `${P.simLabel}: ${kind}, decode ${joinAnd(P.shortDecodes)} only (${nShortPairs} prefill/decode pairs), same settings; ${fitsLabel}`,
    nPairs,
    nShortPairs,
    window: benchmarkWindow(rows),
    realPairs: [...new Set(realRows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`))],
    realRows,
  };
}
