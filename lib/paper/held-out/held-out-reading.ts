import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { decodeWeightFits, type DecodeWeightFit } from '../shared/decode-weight-fits.js';
import type { SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import type { HeldOutResult } from './cross-validation-section.js';
import type { HeldOutData } from './load-held-out-data.js';
import type { HeldOutGroups } from './held-out-r2-rows.js';
import type { Params } from './params.js';
import { gridStepCostEvidence, stepCostBullet } from '../shared/step-cost-reading.js';

/**
 * Whether c2_p depends on the decode length, per model, from the pooled coefficients of its length
 * groups: decodeWeightFits of c2_p = a + b·p + c·g (reference weight 0, the paper's "prefill only").
 *
 * @param groups heldOutR2Rows(...).groups
 * @returns the c2_p fits, one per model with enough groups
 * @example
 * c2pDecodeFits(full.cv.groups).filter((f) => !f.referenceInside && f.decodeSlope < 0).length; // models where c2_p shrinks with g
 */
export function c2pDecodeFits(groups: readonly HeldOutGroups[]): DecodeWeightFit[] {
  const points = groups.flatMap((m) =>
    m.groups.map((g) => ({ model: m.model, coefficient: 'c2_p' as const, prefillTokens: g.prefill_tokens, decodeTokens: g.decode_tokens, valueS: g.c2_p })),
  );
  return decodeWeightFits(points, { referenceWeights: { c2_p: 0 } }).filter((f) => f.coefficient === 'c2_p');
}

/** Median over models of the median completed / sent share at a decode length (NaN when unknown). */
function completedAt(coverage: readonly SweepLoadCoverageRow[], decode: number): number {
  return median(coverage.filter((c) => c.decodeTokens === decode && Number.isFinite(c.medianCompletedRatio)).map((c) => c.medianCompletedRatio));
}

/**
 * Notebook 05's reading of Fig. 7 as Markdown bullets whose wording follows the numbers: whether the
 * claim holds for the systems of P.minParamsB and up; when it does not, whether the misses are
 * large errors (held-out MAPE above P.largeMapePct) or a small spread, and the evidence for a
 * cause: c2_p depending on the decode length (c2pDecodeFits), requests lost to the benchmark
 * window at the longest decode length (median completed / sent below P.completedRatioMin; when
 * they are not, a bullet says so with the numbers), and a simulated step cost that is not linear
 * in the batch (stepCostBullet: the simulator's cost model at the grid's median k and context
 * range, and the failing systems' pooled-fit residuals by tokens per verifier pass); then what the
 * short half of the grid changes.
 *
 * @param data loadHeldOutData output
 * @param full crossValidateSection's result (with coverage)
 * @param short shortHalfSection's result
 * @param P the notebook's parameters
 * @returns Markdown under a bold heading
 * @example
 * report.markdown(heldOutReading(data, full, short, P));
 */
export function heldOutReading(data: HeldOutData, full: HeldOutResult & { coverage: readonly SweepLoadCoverageRow[] }, short: HeldOutResult, P: Params): string {
  const th = formatNumber(P.threshold);
  const minB = `${formatNumber(P.minParamsB)}B`;
  const large = full.claims.models.filter((m) => m.large);
  const failing = large.filter((m) => !m.pass);
  if (large.length === 0) return `**Reading.** No system of ${minB} and up is among the cross-validated ones, so the paper's claim is not tested here.`;
  if (failing.length === 0) {
    return `**Reading.** Fig. 7 reproduces on these data: every one of the ${large.length} system(s) of ${minB} and up reaches a held-out R² of ${th} for c2_p and c2_v at every n.`;
  }
  const bullets: string[] = [];
  const nPass = large.length - failing.length;
  const bigErrors = failing
    .map((m) => ({ m, mape: Math.max(...m.mins.map((x) => x.maxMape ?? -Infinity)) }))
    .filter((x) => x.mape > P.largeMapePct);
  bullets.push(
    `- **Fig. 7 ${nPass === 0 ? 'does not reproduce' : 'reproduces only in part'} on these data**: ${nPass} of ${large.length} system(s) of ${minB} and up reach a held-out R² of ${th} ` +
      `for c2_p and c2_v over the ${data.nPairs} pairs. ` +
      (bigErrors.length > 0
        ? `For ${bigErrors.length} of the ${failing.length} that miss, a coefficient misses its held-out values by more than ${formatNumber(P.largeMapePct)}% ` +
          `(held-out MAPE up to ${formatNumber(Math.max(...bigErrors.map((x) => x.mape)))}%), so the low R² is not only a small spread of the coefficient over the lengths.`
        : `Their held-out MAPE stays within ${formatNumber(P.largeMapePct)}%: the low R² reflects how little the coefficients vary over the lengths more than large errors.`),
  );
  const largeNames = new Set(large.map((m) => m.model));
  const c2p = c2pDecodeFits(full.cv.groups).filter((f) => largeNames.has(f.model));
  const shrinking = c2p.filter((f) => !f.referenceInside && f.decodeSlope < 0);
  const decodes = [...new Set(full.coverage.map((c) => c.decodeTokens))].sort((a, b) => a - b);
  const gLong = decodes[decodes.length - 1];
  const gShort = decodes[0];
  const lost = completedAt(full.coverage, gLong);
  const windowLoss = decodes.length >= 2 && lost < P.completedRatioMin;
  const why: string[] = [];
  if (shrinking.length > 0) {
    why.push(
      `c2_p shrinks as the decode length grows for ${shrinking.length} of ${c2p.length} system(s) of ${minB} and up (c2_p = a + b·p + c·g with c < 0, decode weight 0 outside its 95% interval), ` +
        `which no line in the prefill length can predict: c2_p and c2_v are the intercept and the slope of C2_eff against the number of verification cycles g/E, ` +
        `so load-dependent cost moving from one to the other as the decode length grows breaks both lines`,
    );
  }
  if (windowLoss) {
    why.push(
      `at decode ${gLong} the sweeps complete a median ${formatNumber(100 * lost)}% of the requests sent inside ${data.window.text} ` +
        `(${formatNumber(100 * completedAt(full.coverage, gShort))}% at decode ${gShort}; the coverage lines above): the benchmarks measure the longest requests worst, ` +
        `which notebook 04 finds shifting cost between c2_p and c2_v (Fig. 6 and its sensitivity check against the sent rate)`,
    );
  }
  const steps = stepCostBullet(gridStepCostEvidence(full.cv.groups, failing.map((m) => m.model), data.rows, P.settings.k, P.decodeWeight), P.decodeWeight);
  if (why.length > 0) bullets.push(`- **Why:** ${why.join('; and ')}.`);
  if (steps !== '') bullets.push(steps);
  if (!windowLoss && Number.isFinite(lost)) {
    bullets.push(
      `- **Not the benchmark window:** the kept constant-rate benchmarks complete a median ${formatNumber(100 * lost)}% of the requests sent at decode ${gLong} ` +
        `(${formatNumber(100 * completedAt(full.coverage, gShort))}% at decode ${gShort}) inside ${data.window.text}, so the rate and latency of the longest requests are measured as well as the shortest.`,
    );
  }
  if (why.length === 0 && steps === '') {
    bullets.push(`- **Why:** neither a decode dependence of c2_p, requests lost to the benchmark window nor a step cost that turns up with the batch shows in these numbers; notebook 04's Fig. 6 shows how each coefficient follows the lengths.`);
  }
  const shortLarge = short.claims.models.filter((m) => m.large);
  const shortC2p = short.c2pClaims.models.filter((m) => m.large && m.pass).map((m) => m.model);
  const fullC2p = full.c2pClaims.models.filter((m) => m.large && m.pass).length;
  const shortGs = [...new Set(data.shortRows.map((r) => r.decode_tokens))].sort((a, b) => a - b);
  const shortLost = median(shortGs.map((g) => completedAt(full.coverage, g)));
  bullets.push(
    `- **On the short half of the grid** (${data.nShortPairs} pairs, where the sweeps complete a median ${formatNumber(100 * shortLost)}% of the sent requests), ` +
      `${shortLarge.filter((m) => m.pass).length} of ${shortLarge.length} system(s) of ${minB} and up reach ${th} for c2_p and c2_v, and ${shortC2p.length} for c2_p alone ` +
      `(${fullC2p} on the whole grid)${shortC2p.length > 0 ? `: ${shortC2p.join('; ')}` : ''}.`,
  );
  if (data.window.minS === data.window.maxS || formatNumber(data.window.minS, 2) === formatNumber(data.window.maxS, 2)) {
    bullets.push(`- Every benchmark of these data measured for ${formatNumber(data.window.medianS, 2)} s; whether longer windows restore the length laws is not tested by them.`);
  }
  return `**Reading the result** (the claim lines above):\n\n${bullets.join('\n')}`;
}
