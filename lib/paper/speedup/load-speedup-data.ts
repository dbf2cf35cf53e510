import * as path from 'node:path';
import type { TidyRow } from '../../data/tidy-schema.js';
import { loadMeasurements } from '../../data/load-measurements.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { filterRows, type ColumnCondition } from '../../data/verbs/filter-rows.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import type { IdentifiedSdFit } from '../../fit/identified-sd-coefficients.js';
import { identifiedSdGroupFits } from '../../fit/identified-sd-coefficients.js';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { checkParamValues } from '../shared/check-param-values.js';
import { checkLossParam, fitLossPhrase } from '../shared/fit-loss-param.js';
import { simDatasetFiles } from '../shared/sim-dataset-files.js';
import type { Params, SpeedupWorkload } from './params.js';

/** One system at one workload, fitted, as notebook 06's cells use it. */
export interface SpeedupSystem {
  data: 'simulated' | 'real';
  /** '<verifier>, <prefill>/<decode>', e.g. 'Qwen3-8B, 512/128'. */
  name: string;
  verifier: string;
  prefillTokens: number;
  decodeTokens: number;
  /** The workload's rows (baseline sweep included when the data hold one). */
  rows: TidyRow[];
  /** fitGroups' single entry (for the coefficient table and ratioRows) and its pooled Eq. 3 fit. */
  fits: GroupFit<IdentifiedSdFit>[];
  fit: IdentifiedSdFit;
  /** The rows hold a sweep without speculation (k = 0). */
  hasBaseline: boolean;
  /** Saturation rules the fit used (the notebook's simExclusion, or the defaults for the real data). */
  exclusion: ExclusionOptions;
  /** The loss the fit minimised (P.loss), and how captions name it after "with the" (fitLossPhrase). */
  loss: FitLoss;
  lossPhrase: string;
  /** Caption label of the data, e.g. 'SIMULATED reference data (...): Qwen3-8B + EAGLE, A100-80GB'. */
  label: string;
}

/** Notebook 06's data: the simulated workloads and the real system, fitted. */
export interface SpeedupData {
  sim: SpeedupSystem[];
  real: SpeedupSystem;
}

const STEP = 'speedup';

/**
 * Loads and fits notebook 06's data, checking every data parameter on the way: the simulated
 * system against the data set's plan, the verifier against both data sets, each simulated workload
 * (lengths, and any alpha and k it narrows to) against the simulated rows of that verifier. One
 * pooled Eq. 3 fit per simulated workload (baseline sweep included, P.simExclusion) and one of the
 * real data (default saturation rules; the real data hold one prefill/decode pair).
 *
 * @param P the notebook's parameters
 * @returns the fitted simulated workloads and real system
 * @throws {Error} `speedup: P.<name> <value> is not in the <data> (<values>: ...)` for a value the data lack,
 *   `speedup: P.loss ... is not a loss (...)`,
 *   `speedup: ...` when a workload cannot be fitted or the real data hold several length pairs,
 *   or the loaders' errors for missing files
 * @example
 * const data = await loadSpeedupData(P);
 * data.sim.map((s) => s.name); // ['Qwen3-8B, 512/128', 'Qwen3-8B, 1024/1024']
 */
export async function loadSpeedupData(P: Params): Promise<SpeedupData> {
  if (P === null || typeof P !== 'object') throw new Error(`${STEP}: load requires the parameter object P`);
  checkLossParam(STEP, 'P.loss', P.loss);
  if (!Array.isArray(P.simWorkloads) || P.simWorkloads.length === 0) throw new Error(`${STEP}: P.simWorkloads must list at least one workload`);
  checkParamValues(P.simSystem, simDatasetPlan().files.map((f) => f.system), { step: STEP, name: 'simSystem', data: 'simulated data set', plural: 'systems' });
  const simAll = await loadMeasurements(simDatasetFiles({ dir: P.simDir, systems: [P.simSystem] }));
  checkParamValues(P.verifier, simAll.map((r) => r.verifier), { step: STEP, name: 'verifier', data: `simulated system ${P.simSystem}`, plural: 'verifiers' });
  const simRows = filterRows(simAll, { verifier: P.verifier });
  const sim = P.simWorkloads.map((w, i) => simWorkload(simRows, w, i, P));
  const realAll = await loadSpeculatorsScaling(P.realDir);
  checkParamValues(P.verifier, realAll.map((r) => r.verifier), { step: STEP, name: 'verifier', data: 'real data', plural: 'verifiers' });
  const realRows = filterRows(realAll, { verifier: P.verifier });
  const pairs = [...new Set(realRows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`))];
  if (pairs.length !== 1) throw new Error(`${STEP}: the real data of ${P.verifier} must hold one prefill/decode pair, they hold ${pairs.join(', ')}`);
  const real = fitted('real', realRows, {}, `${P.realLabel} (${path.basename(path.resolve(P.realDir))}: ${P.verifier} + `, P);
  return { sim, real };
}

function simWorkload(rows: readonly TidyRow[], w: SpeedupWorkload, i: number, P: Params): SpeedupSystem {
  const name = `simWorkloads[${i}]`;
  if (w === null || typeof w !== 'object') throw new Error(`${STEP}: P.${name} must be an object with prefill_tokens and decode_tokens`);
  const data = `simulated data of ${P.verifier}`;
  checkParamValues(w.prefill_tokens, rows.map((r) => r.prefill_tokens), { step: STEP, name: `${name}.prefill_tokens`, data, plural: 'prefill lengths' });
  const atPrefill = filterRows(rows, { prefill_tokens: w.prefill_tokens });
  checkParamValues(w.decode_tokens, atPrefill.map((r) => r.decode_tokens), {
    step: STEP,
    name: `${name}.decode_tokens`,
    data: `${data} at prefill ${w.prefill_tokens}`,
    plural: 'decode lengths',
  });
  let mine = filterRows(atPrefill, { decode_tokens: w.decode_tokens });
  const where = `${data} at ${w.prefill_tokens}/${w.decode_tokens}`;
  if (w.alpha !== undefined) {
    checkParamValues(w.alpha, mine.map((r) => r.alpha), { step: STEP, name: `${name}.alpha`, data: where, plural: 'alphas' });
    mine = filterRows(mine, { alpha: w.alpha as ColumnCondition });
  }
  if (w.k !== undefined) {
    checkParamValues(w.k, mine.map((r) => r.k), { step: STEP, name: `${name}.k`, data: where, plural: 'draft lengths' });
    mine = filterRows(mine, { k: w.k as ColumnCondition });
  }
  return fitted('simulated', mine, P.simExclusion, `${P.simLabel}: ${P.verifier} + `, P);
}

function fitted(kind: 'simulated' | 'real', rows: TidyRow[], exclusion: ExclusionOptions, labelHead: string, P: Params): SpeedupSystem {
  const fits = identifiedSdGroupFits(fitGroups(rows, { model: 'sd', exclusion, loss: P.loss }));
  const { prefill_tokens: p, decode_tokens: g } = rows[0];
  const name = `${P.verifier}, ${p}/${g}`;
  if (fits.length !== 1) throw new Error(`${STEP}: the ${kind} rows of ${name} must form one system (verifier, drafter, hardware), they form ${fits.length}`);
  if (fits[0].fit === null) throw new Error(`${STEP}: the pooled Eq. 3 fit of the ${kind} ${name} failed: ${fits[0].error}`);
  const drafter = String(fits[0].key.drafter);
  const hardware = String(fits[0].key.hardware);
  const eagle = /^(eagle\d*)\(/i.exec(drafter);
  const system = `${eagle ? eagle[1] : drafter}, ${hardware}`;
  return {
    data: kind,
    name,
    verifier: P.verifier,
    prefillTokens: p,
    decodeTokens: g,
    rows,
    fits,
    fit: fits[0].fit,
    hasBaseline: rows.some((r) => r.k === 0),
    exclusion,
    loss: P.loss,
    lossPhrase: fitLossPhrase(P.loss),
    label: kind === 'real' ? `${labelHead}${system}, ${p}/${g})` : `${labelHead}${system}`,
  };
}
