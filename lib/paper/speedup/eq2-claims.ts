import type { ClaimVerdict } from '../../io/claim-check.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import type { SpeedupData, SpeedupSystem } from './load-speedup-data.js';
import { measuredSpeedups, type MeasuredSpeedups } from './measured-speedups.js';
import type { Params } from './params.js';

/** A verdict on the eq2-speedup claim for one kind of data. */
export interface Eq2Verdict {
  data: 'real' | 'simulated';
  verdict: ClaimVerdict;
  evidence: string;
  figure: string | null;
}

type Criteria = Pick<Params, 'eq2MaxMapePct' | 'eq2MinSameSide'>;

/**
 * The eq2-speedup verdict from measured speedups of one kind of data: Eq. 2 with each sweep's own
 * Eq. 1 coefficients (a test of Eq. 2 alone) must predict the measured L_D / L_SD of a workload
 * within P.eq2MaxMapePct and agree on whether SD is faster at P.eq2MinSameSide of the points.
 * 'holds' when every workload passes, 'fails' when none does, 'partly' otherwise. The evidence also
 * counts the settings whose measured speedup falls from the lowest to the highest common rate
 * (C2R > 1) or rises (C2R < 1), the load dependence Eq. 2 predicts.
 *
 * @param systems the workloads, one per entry of speedups
 * @param speedups measuredSpeedups of each workload
 * @param P eq2MaxMapePct, eq2MinSameSide
 * @returns the verdict, its evidence sentence and the first workload's figure id
 * @throws {Error} `eq2Verdict requires ...` for no workload or lists of different lengths
 * @example
 * eq2Verdict(data.sim, speedups, P).verdict; // 'holds'
 */
export function eq2Verdict(systems: readonly SpeedupSystem[], speedups: readonly MeasuredSpeedups[], P: Criteria): Eq2Verdict {
  if (!Array.isArray(systems) || systems.length === 0 || !Array.isArray(speedups) || speedups.length !== systems.length) {
    throw new Error('eq2Verdict requires one measuredSpeedups result per workload, at least one');
  }
  const kind = systems[0].data;
  const pass = speedups.map((m) => m.ownAgreement.mapePct <= P.eq2MaxMapePct && m.ownAgreement.sameSide >= P.eq2MinSameSide);
  const nPass = pass.filter(Boolean).length;
  const verdict: ClaimVerdict = nPass === pass.length ? 'holds' : nPass === 0 ? 'fails' : 'partly';
  const per = speedups.map(
    (m, i) =>
      `${systems[i].prefillTokens}/${systems[i].decodeTokens}: MAPE ${formatNumber(m.ownAgreement.mapePct)}% over ${m.ownAgreement.n} points, ` +
      `same side of 1 at ${formatNumber(100 * m.ownAgreement.sameSide)}%${pass[i] ? '' : ' (misses)'}`,
  );
  const trends = speedups.flatMap((m) => m.trends);
  const up = trends.filter((t) => t.c2r > 1);
  const down = trends.filter((t) => t.c2r < 1);
  const evidence =
    `Eq. 2 with each sweep's own Eq. 1 coefficients predicts the measured speedups of ${kind} ${systems[0].verifier} at α = ${String(speedups[0].alpha)} ` +
    `(${per.join('; ')}); criteria MAPE ≤ ${formatNumber(P.eq2MaxMapePct)}% and same side ≥ ${formatNumber(100 * P.eq2MinSameSide)}%, met at ${nPass} of ${pass.length} workload(s). ` +
    `The measured speedup falls from the lowest to the highest common rate for ${up.filter((t) => t.last < t.first).length} of ${up.length} setting(s) with C2R > 1 ` +
    `and rises for ${down.filter((t) => t.last > t.first).length} of ${down.length} with C2R < 1.`;
  return { data: kind, verdict, evidence, figure: `nb06-speedup-sim-${systems[0].prefillTokens}-${systems[0].decodeTokens}` };
}

/**
 * Records notebook 06's verdicts on the paper's eq2-speedup claim: on the simulated data from the
 * measured speedups of every workload (eq2Verdict); on the real data the same test when the real
 * data hold a baseline sweep, else 'untestable' (no run without speculation, so no speedup was
 * measured; the real curves rest on the implied baseline).
 *
 * @param report the notebook's report (created with its notebook name)
 * @param data loadSpeedupData output
 * @param speedups simulatedSpeedup's results, one per data.sim entry
 * @param P the notebook's parameters
 * @returns the two verdicts, simulated first
 * @throws {Error} as eq2Verdict, measuredSpeedups and report.claim
 * @example
 * eq2Claims(report, data, speedups, P);
 */
export function eq2Claims(report: Report, data: SpeedupData, speedups: readonly MeasuredSpeedups[], P: Params): Eq2Verdict[] {
  const simulated = eq2Verdict(data.sim, speedups, P);
  const r = data.real;
  let real: Eq2Verdict;
  if (r.hasBaseline) {
    real = { ...eq2Verdict([r], [measuredSpeedups(r, { alpha: P.alpha, ks: P.realKs, ksName: 'realKs' })], P), figure: 'nb06-speedup-real-implied' };
  } else {
    const n = r.rows.length;
    real = {
      data: 'real',
      verdict: 'untestable',
      evidence:
        `None of the ${n} real benchmarks of ${r.name} runs without speculation (k = 0), so no speedup was measured; ` +
        `the real speedup curves use the baseline the pooled Eq. 3 fit implies at k = 0, an extrapolation.`,
      figure: 'nb06-speedup-real-implied',
    };
  }
  for (const v of [simulated, real]) report.claim({ claim: 'eq2-speedup', ...v });
  return [simulated, real];
}
