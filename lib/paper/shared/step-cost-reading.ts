import type { TidyRow } from '../../data/tidy-schema.js';
import { formatNumber } from '../../util/format-number.js';
import { simDatasetPlan } from '../../sim/dataset/sim-dataset-plan.js';
import { batchLinearity, type BatchLinearity } from './batch-linearity.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { residualByPassTokens, type PassTokensResidual } from './residual-by-pass-tokens.js';

/** Bands of tokens per verifier pass for the residual profile: below, around and above the GEMMs' knee. */
export const PASS_TOKEN_BANDS: readonly number[] = [0, 16, 32, 128, 256, Infinity];

/** One model's pooled fits (e.g. one per length pair) and the source of its rows (simulated: `sim:<system>:seed=<S>`). */
export interface ModelFits {
  model: string;
  source: string;
  fits: readonly SdFit[];
}

/** What the simulator's step cost and the pooled fits' residuals say about Eq. 3's linearity in the batch. */
export interface StepCostEvidence {
  /** Per model (of those asked for) whose rows come from a system of the simulated data set. */
  models: { model: string; linearity: BatchLinearity }[];
  /** Residuals of those models' pooled fits, pooled over them, per band of PASS_TOKEN_BANDS. */
  residuals: PassTokensResidual[];
}

/** The registry name in a simulated row's source `sim:<system>:seed=<S>`, when the data set plans that system. */
function simSystemOf(source: string): string | null {
  const m = /^sim:([^:]+):seed=/.exec(source);
  if (m === null) return null;
  return simDatasetPlan().files.some((f) => f.system === m[1]) ? m[1] : null;
}

/**
 * Measures, for the named models of fits on simulated data, how the simulator's
 * decode step time grows with the batch (batchLinearity at draft length k and the grid's shortest
 * and longest effective context) and where their pooled Eq. 3 fits miss against the tokens per
 * verifier pass (residualByPassTokens over PASS_TOKEN_BANDS). Models whose rows do not come from
 * a system of the simulated data set are skipped.
 *
 * @param groups each model's pooled fits and source (heldOutR2Rows(...).groups has this shape)
 * @param models the models to measure (e.g. the systems of 8B and up that miss Fig. 7)
 * @param options k of the priced steps and the [shortest, longest] context in tokens
 * @returns the evidence, or null when none of the models is a simulated system
 * @throws {Error} as batchLinearity
 * @example
 * stepCostEvidence(full.cv.groups, ['Qwen3-8B, A100-80GB'], { k: 4, contexts: [384, 1536] })?.models[0].linearity.highMsPerSeq;
 */
export function stepCostEvidence(groups: readonly ModelFits[], models: readonly string[], options: { k: number; contexts: readonly [number, number] }): StepCostEvidence | null {
  const chosen = groups.filter((g) => models.includes(g.model)).map((g) => ({ g, system: simSystemOf(g.source) }));
  const sim = chosen.filter((c): c is { g: ModelFits; system: string } => c.system !== null);
  if (sim.length === 0) return null;
  return {
    models: sim.map(({ g, system }) => ({ model: g.model, linearity: batchLinearity(system, options) })),
    residuals: residualByPassTokens(
      sim.flatMap(({ g }) => g.fits),
      PASS_TOKEN_BANDS,
    ),
  };
}

/**
 * stepCostEvidence on a length grid: the steps priced at the grid's median draft length (of the
 * positive ks; 0 without any) and between its shortest and longest effective context
 * p + decodeWeight·g over the rows.
 *
 * @param groups each model's pooled fits and source
 * @param models the models to measure
 * @param rows the grid's rows (their prefill and decode lengths)
 * @param ks the grid's draft lengths
 * @param decodeWeight w of the effective context
 * @returns the evidence; no models when none is simulated or the rows hold one context only
 * @throws {Error} as batchLinearity
 * @example
 * gridStepCostEvidence(full.cv.groups, ['Qwen3-8B, A100-80GB'], data.rows, P.settings.k, P.decodeWeight);
 */
export function gridStepCostEvidence(groups: readonly ModelFits[], models: readonly string[], rows: readonly TidyRow[], ks: readonly number[], decodeWeight: number): StepCostEvidence {
  const positive = ks.filter((k) => k > 0).sort((a, b) => a - b);
  const k = positive.length > 0 ? positive[Math.floor((positive.length - 1) / 2)] : 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    const c = r.prefill_tokens + decodeWeight * r.decode_tokens;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  const none: StepCostEvidence = { models: [], residuals: [] };
  if (!(hi > lo)) return none;
  return stepCostEvidence(groups, models, { k, contexts: [lo, hi] }) ?? none;
}

/** 'a–b' of the smallest and largest value (one value when they print alike). */
function range(values: readonly number[], digits = 2): string {
  const lo = formatNumber(Math.min(...values), digits);
  const hi = formatNumber(Math.max(...values), digits);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/**
 * The Markdown bullet that states stepCostEvidence's numbers: the added cost per sequence at small
 * and large batches and the knee between them, against how much the grid's context range moves
 * it (per model, the share of the large-batch cost), and the residual profile of the pooled fits.
 * Empty when no model's step cost turns up by half or more (then the batch is not the story).
 *
 * @param ev stepCostEvidence output
 * @param decodeWeight w of the effective context p + w·g (for the wording)
 * @returns one Markdown bullet, or '' when no model shows a knee
 * @example
 * report.markdown(stepCostBullet(ev, 0.5));
 */
export function stepCostBullet(ev: StepCostEvidence, decodeWeight: number): string {
  const kneed = ev.models.filter((m) => m.linearity.kneeBatch !== null);
  if (kneed.length === 0) return '';
  const l = ev.models.map((m) => m.linearity);
  const { k, contexts } = l[0];
  const ratios = l.map((x) => x.highMsPerSeq / x.lowMsPerSeq);
  const shares = ev.models.map((m) => ({ model: m.model, pct: (100 * m.linearity.lengthMsPerSeq) / m.linearity.highMsPerSeq }));
  const lowShare = shares.reduce((a, b) => (b.pct < a.pct ? b : a));
  const highShare = shares.reduce((a, b) => (b.pct > a.pct ? b : a));
  const knees = kneed.map((m) => m.linearity.kneeBatch as number);
  const bands = ev.residuals
    .filter((b) => b.n > 0)
    .map((b) => `${b.meanPct >= 0 ? '+' : ''}${b.meanPct.toFixed(1)}% at ${Number.isFinite(b.toTokens) ? `${b.fromTokens}–${b.toTokens}` : `${b.fromTokens} and more`}`);
  const filled = ev.residuals.filter((b) => b.n > 0).map((b) => b.meanPct);
  const convex = filled.length >= 3 && filled[0] < 0 && filled[filled.length - 1] < 0 && filled.slice(1, -1).some((x) => x > 0);
  const mid = formatNumber((contexts[0] + contexts[1]) / 2);
  return (
    `- **The simulated step cost is not linear in the batch**, which Eq. 3 assumes (every sequence of a step costs the same, so L = C1 + B·C2 per cycle). ` +
    `In the simulator's cost model (one decode step at k = ${k}, every draft accepted, ${mid} tokens of context) an added sequence costs ${range(l.map((x) => x.lowMsPerSeq))} ms ` +
    `from 1 to 2 sequences but ${range(l.map((x) => x.highMsPerSeq))} ms from 64 to 128, ${range(ratios)} times as much, turning up from ${range(knees, 3)} sequences on ` +
    `for ${kneed.length} of the ${ev.models.length} system(s) that miss: the GEMMs go from reading the weights (bandwidth-bound) to computing (compute-bound). ` +
    `Over the grid's whole context range (p + ${formatNumber(decodeWeight)}·g from ${formatNumber(contexts[0])} to ${formatNumber(contexts[1])} tokens) the cost of a sequence at large batches moves by only ` +
    `${formatNumber(lowShare.pct, 2)}% (${lowShare.model}) to ${formatNumber(highShare.pct, 2)}% (${highShare.model}): that is the signal c2_v should follow over the length pairs, while the batch changes it ` +
    `${range(ratios)}-fold, so where a sweep's points fall along the batch weighs on the fitted C2, and on its split into c2_p, c2_v and c2_d, more than the lengths do. The pooled fits of these systems miss in a pattern that follows the batch: mean (predicted − observed) / observed per band of tokens ` +
    `per verifier pass (B from Little's law × (k + 1)): ${bands.join(', ')}${convex ? ' (too low at the smallest and largest batches, too high in between)' : ''}. ` +
    `A trial run of three systems with the knee switched off is in data/README.md.`
  );
}
