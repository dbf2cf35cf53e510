import { expectedTokens } from '../../model/expected-tokens.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { BenchmarkWindow } from '../shared/benchmark-window.js';
import { stepCostBullet, type StepCostEvidence } from '../shared/step-cost-reading.js';
import type { CoverageResult, Fig6Check, Fig6Result, OfferedResult } from './fig6-sections.js';
import type { Params } from './params.js';

/** Median over models of a coverage column at one decode length. */
function at(cov: CoverageResult, g: number, key: 'medianUtilisation' | 'medianCompletedRatio'): number {
  return median(cov.coverage.filter((c) => c.decodeTokens === g && Number.isFinite(c[key])).map((c) => c[key]));
}

/** Models whose c2_v best-fitting decode weight lies above the reference weight, outside its interval. */
function heavierDecode(check: Fig6Check): number {
  return check.weights.filter((w) => w.coefficient === 'c2_v' && !w.referenceInside && w.weight > w.referenceWeight).length;
}

/** Models whose line of a coefficient has a higher R² in b than in a. */
function better(a: Fig6Check, b: Fig6Check, coefficient: 'c2_p' | 'c2_v'): number {
  return a.lines.filter((l) => l.coefficient === coefficient).filter((l) => {
    const o = b.lines.find((x) => x.model === l.model && x.coefficient === coefficient);
    return o !== undefined && o.r2 > l.r2;
  }).length;
}

/**
 * The reading of Fig. 6 on the simulated grid, as Markdown whose wording follows the numbers: when
 * both length laws hold for every model, one sentence says so; otherwise bullets on the pattern of
 * the failure (c2_p shrinking with the decode length, c2_v's decode weight above the reference),
 * the measurement evidence (how far the sweeps go up the load curve and how many sent requests
 * complete, at the shortest and the longest decode length; the explanation only when the longest
 * decode completes a median share below P.completedRatioMin), the rate sensitivity (the same fits
 * against the sent rate; when the window loses no requests, where the two rates still part: each
 * sweep's highest kept rate), the simulated step cost's knee in the batch (stepCostBullet, when
 * `steps` is given), the short half of the grid, and whether the data hold one window only.
 *
 * @param fig6 fig6Section's result
 * @param cov coverageSection's result
 * @param offered offeredRatesSection's result
 * @param window the benchmarks' windows (benchmarkWindow of the grid's rows)
 * @param P the notebook's parameters (gridSettings, gridLengths, shortDecodes, decodeWeight, completedRatioMin, linearCriteria)
 * @param steps gridStepCostEvidence for the models whose c2_v misses its line (default null: no such bullet)
 * @returns Markdown
 * @example
 * fig6Reading(fig6, coverage, offered, benchmarkWindow(data.gridRows), P);
 */
export function fig6Reading(fig6: Fig6Result, cov: CoverageResult, offered: OfferedResult, window: BenchmarkWindow, P: Params, steps: StepCostEvidence | null = null): string {
  const c = fig6.claims;
  const n = c.nModels;
  const w = formatNumber(P.decodeWeight);
  if (c.c2pLinear === n && c.c2vLinear === n) {
    return `**Reading Fig. 6.** Both length laws hold on these data: c2_p is about linear in the prefill length and c2_v in p + ${w}·g for all ${n} models (R² ≥ ${formatNumber(P.linearCriteria.r2Min)}).`;
  }
  const out: string[] = [];
  const falls = c.c2pFallsWithDecode;
  const heavy = heavierDecode(fig6);
  const pattern: string[] = [];
  if (falls > 0) pattern.push(`c2_p *shrinks* as the decode length grows for ${falls} of ${n} models (the last claim line), which no prefill cost can do`);
  if (heavy > 0) pattern.push(`c2_v's best-fitting decode weight lies above ${w} for ${heavy} of ${n}`);
  out.push(
    `- Over the whole grid the paper's length laws hold for ${c.c2pLinear} (c2_p) and ${c.c2vLinear} (c2_v) of ${n} models.` +
      (pattern.length > 0 ? ` The pattern of the failure: ${pattern.join(', while ')}.` : '') +
      (falls > 0 && heavy > 0 ? ' Part of the load-dependent cost moves from c2_p into c2_v as the decode length grows.' : ''),
  );
  const decodes = [...new Set(cov.coverage.map((r) => r.decodeTokens))].sort((a, b) => a - b);
  const g0 = decodes[0];
  const g1 = decodes[decodes.length - 1];
  const lost = at(cov, g1, 'medianCompletedRatio');
  if ((falls > 0 || heavy > 0) && decodes.length >= 2 && lost < P.completedRatioMin) {
    const maxE = Math.max(...P.gridSettings.k.flatMap((k) => P.gridSettings.alpha.filter((a): a is number => a !== null).map((a) => (k === 0 ? 1 : expectedTokens(a, k)))));
    out.push(
      `- The likely reason is how long requests are measured. c2_p is the part of C2_eff that does not scale with the number of verification cycles g/E, the intercept of C2_eff against g/E ` +
        `over the (α, k) settings; at decode ${g1} the smallest g/E of the grid is about ${formatNumber(g1 / maxE, 2)}, so the intercept is a long extrapolation and a small tilt of the settings' C2 against g/E moves it a lot. ` +
        `With longer decodes the kept benchmarks reach less of the load curve (median u ${formatNumber(at(cov, g0, 'medianUtilisation'), 2)} at decode ${g0}, ${formatNumber(at(cov, g1, 'medianUtilisation'), 2)} at decode ${g1}) ` +
        `and complete fewer of the requests sent (${formatNumber(100 * at(cov, g0, 'medianCompletedRatio'))}% against ${formatNumber(100 * lost)}%, median over models) inside ${window.text}: ` +
        `a request still running when the window closes is not counted, so the completed rate understates the rate requests arrived at, the more so the longer the requests. ` +
        `The longest requests belong to the settings with the most cycles per request (the baseline and low α), so their C2 is overstated the most, C2_eff rises too steeply with g/E, ` +
        `and the fit books cost into the slope (c2_v) that belongs to the intercept (c2_p).`,
    );
  }
  const o = offered.claims;
  const fallsSent = o.c2pFallsWithDecode;
  const windowLoss = decodes.length >= 2 && lost < P.completedRatioMin;
  const top = offered.topRate;
  const pct = (x: number): string => formatNumber(100 * x);
  out.push(
    `- Fitted against the rate requests were sent at, c2_p shrinks with the decode length for ${fallsSent} of ${o.nModels} models (${falls} against the completed rate)` +
      (fallsSent === 0 && falls > 0 ? ', for none any more' : '') +
      `; c2_p against the prefill length fits better for ${better(fig6, offered, 'c2_p')} of ${n} models and c2_v against p + ${w}·g for ${better(fig6, offered, 'c2_v')} of ${n}.` +
      (fallsSent < falls && windowLoss
        ? ' Which rate is used decides how the load-dependent cost is split between c2_p and c2_v, so on these data the split at long decode lengths reflects the benchmark window, not the cost of prefill and verification alone.'
        : '') +
      (!windowLoss && top.n > 0
        ? ` The benchmark window no longer separates the two rates (completed / sent a median ${pct(offered.medianRatio)}% over all benchmarks); they part only at each sweep's highest kept rate, ` +
          `where the completed rate is a median ${pct(top.medianRatio)}% of the sent one and below ${pct(P.completedRatioMin)}% for ${top.nBelowMin} of ${top.n} sweeps: the server falls behind the arrivals near saturation, ` +
          `where Eq. 1 is steepest, so the fits differ mostly through those points.`
        : '') +
      (o.c2pLinear < o.nModels || o.c2vLinear < o.nModels
        ? ` Neither rate gives the paper's two laws over the whole grid (against the sent rate: ${o.c2pLinear} and ${o.c2vLinear} of ${o.nModels})` +
          (window.medianWarmupFrac === 0
            ? `; the sent rate has its own bias, since the requests counted in a benchmark's mean latency are those that finished inside the window, the earlier ones, which met a server still filling up from idle.`
            : '.')
        : ''),
  );
  if (steps !== null) {
    const bullet = stepCostBullet(steps, P.decodeWeight);
    if (bullet !== '') out.push(bullet);
  }
  const s = cov.short.claims;
  const shortDone = median(P.shortDecodes.map((g) => at(cov, g, 'medianCompletedRatio')));
  out.push(
    `- On the short half of the grid (decode ${P.shortDecodes.join(' and ')}; a median ${formatNumber(100 * shortDone)}% of the sent requests complete), c2_p is about linear in the prefill length for ` +
      `${s.c2pLinear} of ${s.nModels} models${s.c2pLinearModels.length > 0 ? ` (${s.c2pLinearModels.join('; ')})` : ''} against ${c.c2pLinear} on the whole grid, and c2_v in p + ${w}·g for ${s.c2vLinear} (${c.c2vLinear}).` +
      (s.c2pFallsWithDecode > 0 ? ` c2_p still shrinks with the decode length for ${s.c2pFallsWithDecode} of them, and c2_v's decode weight lies above ${w} for ${heavierDecode(cov.short)}.` : ''),
  );
  if (formatNumber(window.minS, 2) === formatNumber(window.maxS, 2)) {
    out.push(`- This could not be seen on the real data (one length pair). Every simulated benchmark here measured for ${formatNumber(window.medianS, 2)} s; whether longer benchmarks restore both laws is not tested by these data.`);
  }
  return `**Reading Fig. 6, and why it differs from the paper** (the claim lines above):\n\n${out.join('\n')}`;
}
