import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { ImpliedBaselineCheck } from '../shared/implied-baseline-check.js';
import type { SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import type { Params } from './params.js';
import type { RatioSet } from './ratio-set.js';
import type { RealSpeedupResult } from './real-speedup-section.js';

/** The set's name inside a sentence: 'simulated 512/128' or 'real 512/128'. */
const nameOf = (s: RatioSet): string => `${s.system.data} ${s.system.prefillTokens}/${s.system.decodeTokens}`;
const alphaList = (alphas: readonly number[]): string => `{${[...new Set(alphas)].sort((a, b) => a - b).map((a) => a.toFixed(2)).join(', ')}}`;
const pct = (x: number): string => `${x >= 0 ? '+' : '−'}${formatNumber(Math.abs(100 * x))}%`;

/**
 * Where notebook 06's ratios differ from the paper, and the likely reasons, as Markdown bullets
 * shown only when the numbers call for them:
 * - argmin_k C1R > argmin_k C2R fails: which cells have equal argmins at α = 1 (every drafted token
 *   accepted, so both ratios fall with k up to the longest k) or at α < 1, and which are reversed;
 * - C2R ≤ 1 below P.highAlpha: where, and when it reaches lower alphas at the longest decode length
 *   than at the shortest, the measurement caveat if the longest decode's sweeps complete a median
 *   share of the sent requests below P.completedRatioMin;
 * - the implied baseline (real data without a baseline sweep): how far it lands from the measured
 *   one on the simulated twin, and the likely reason when beyond P.impliedBaselineTolerance.
 *
 * @param sets ratioSection's sets (simulated workloads, then the real system)
 * @param context coverage rows (sweepLoadCoverage) and the implied-baseline checks
 * @param P highAlpha, completedRatioMin, impliedBaselineTolerance
 * @returns Markdown bullets under a bold heading, or '' when every claim agrees and no caveat applies
 * @example
 * ratioReading(sets, { coverage, implied }, P);
 */
export function ratioReading(
  sets: readonly RatioSet[],
  context: { coverage: readonly SweepLoadCoverageRow[]; implied: RealSpeedupResult },
  P: Pick<Params, 'highAlpha' | 'completedRatioMin' | 'impliedBaselineTolerance'>,
): string {
  const bullets = [argminBullet(sets), ...c2rBullets(sets, context.coverage, P), impliedBullet(sets, context.implied, P)].filter((b) => b !== '');
  return bullets.length === 0 ? '' : `**Where the results differ from the paper, and why** (read with the counts above):\n\n${bullets.join('\n')}`;
}

function argminBullet(sets: readonly RatioSet[]): string {
  const failing = sets.filter((s) => s.claims.argminGreater < s.claims.argmin.length);
  if (failing.length === 0) return '';
  const parts: string[] = [];
  const atOne = failing.flatMap((s) => s.claims.argmin.filter((a) => a.alpha >= 1 - 1e-9 && a.kC1 === a.kC2).map((a) => ({ s, a })));
  if (atOne.length > 0) {
    const longest = atOne.filter(({ s, a }) => a.kC1 === Math.max(...s.rows.map((r) => r.k)));
    parts.push(
      `at α = 1 every drafted token is accepted, so a longer draft lowers both C1 and C2 and the two argmins coincide ` +
        `(${atOne.map(({ s, a }) => `${nameOf(s)}: k = ${a.kC1}`).join('; ')}` +
        `${longest.length === atOne.length ? ', the longest k measured' : ''}); the paper's finding can only hold where rejected tokens cost something, i.e. α < 1`,
    );
  }
  const equalBelow = failing.filter((s) => s.claims.argmin.some((a) => a.alpha < 1 - 1e-9 && a.kC1 === a.kC2));
  if (equalBelow.length > 0) {
    const where = equalBelow.map((s) => `${nameOf(s)} at α ∈ ${alphaList(s.claims.argmin.filter((a) => a.alpha < 1 - 1e-9 && a.kC1 === a.kC2).map((a) => a.alpha))}`);
    parts.push(`equal argmins at α < 1 (${where.join('; ')}) mean the best k does not change with load for that α`);
  }
  const reversed = failing.filter((s) => s.claims.argminLess > 0);
  if (reversed.length > 0) {
    const where = reversed.map((s) => `${nameOf(s)} at α ∈ ${alphaList(s.claims.argmin.filter((a) => a.kC1 < a.kC2).map((a) => a.alpha))}`);
    parts.push(`the zero-load best k is shorter than the best k under load (${where.join('; ')}), the opposite of the paper's finding`);
  }
  return `- **argmin_k C1R > argmin_k C2R**: ${parts.join('; ')}.`;
}

function c2rBullets(sets: readonly RatioSet[], coverage: readonly SweepLoadCoverageRow[], P: Pick<Params, 'highAlpha' | 'completedRatioMin'>): string[] {
  const lowest = (s: RatioSet): number | null => {
    const below = s.rows.filter((r) => r.alpha < P.highAlpha - 1e-9 && !(r.c2r > 1)).map((r) => r.alpha);
    return below.length === 0 ? null : Math.min(...below);
  };
  const withLow = sets.filter((s) => lowest(s) !== null);
  if (withLow.length === 0) return [];
  const th = formatNumber(P.highAlpha);
  const out = [
    `- **C2R ≤ 1 below α = ${th}** (${withLow.map((s) => `${nameOf(s)} from α = ${(lowest(s) as number).toFixed(2)}`).join('; ')}): speculation lowered the load-dependent cost per request there. ` +
      `That can happen when the load-dependent cost of a pass is dominated by reading each request's KV cache (long contexts, small per-token compute): ` +
      `fewer verifier passes per request then mean fewer KV reads, and rejected draft tokens add little. The paper's C2R > 1 says that on its GPUs the extra compute for rejected tokens outweighed that saving.` +
      (withLow.some((s) => s.system.data === 'real' && !s.system.hasBaseline) ? ' On the real data the ratios use the implied baseline, whose bias (below) moves C2R too.' : ''),
  ];
  const sim = withLow.filter((s) => s.system.data === 'simulated').sort((a, b) => a.system.decodeTokens - b.system.decodeTokens);
  if (sim.length >= 2) {
    const short = sim[0];
    const long = sim[sim.length - 1];
    if (long.system.decodeTokens > short.system.decodeTokens && (lowest(long) as number) < (lowest(short) as number)) {
      const completed = (g: number): number => median(coverage.filter((c) => c.decodeTokens === g && Number.isFinite(c.medianCompletedRatio)).map((c) => c.medianCompletedRatio));
      const cLong = completed(long.system.decodeTokens);
      const cShort = completed(short.system.decodeTokens);
      let text = `- **At ${long.system.prefillTokens}/${long.system.decodeTokens}**, C2R ≤ 1 reaches lower α (${(lowest(long) as number).toFixed(2)}) than at ${short.system.prefillTokens}/${short.system.decodeTokens} (${(lowest(short) as number).toFixed(2)}).`;
      if (cLong < P.completedRatioMin) {
        text +=
          ` Part of that may be the measurement rather than the cost of speculation: without speculation a request takes one verifier pass per token and is long, ` +
          `and at decode ${long.system.decodeTokens} the sweeps complete a median ${formatNumber(100 * cLong)}% of the requests sent inside the benchmark window ` +
          `(${formatNumber(100 * cShort)}% at decode ${short.system.decodeTokens}; the coverage lines under the coefficient table). Requests still running when the window closes are not counted, ` +
          `which understates the load of long requests more than that of short ones, inflates the baseline's C2_D relative to the C2 of the faster speculative settings and so lowers their C2R.`;
      }
      out.push(text);
    }
  }
  return out;
}

function impliedBullet(sets: readonly RatioSet[], implied: RealSpeedupResult, P: Pick<Params, 'impliedBaselineTolerance'>): string {
  const real = sets.find((s) => s.system.data === 'real');
  if (!real || real.system.hasBaseline) return '';
  let text = '- **The implied baseline** extrapolates Eq. 3 to k = 0 with the per-cycle costs of speculative cycles.';
  const check: ImpliedBaselineCheck | null = implied.withoutBaseline;
  if (check === null) return `${text} No simulated workload with the real data's lengths checks how far it lands from a measured baseline, so read the real speedups as estimates.`;
  text += ` On the simulated workload with the real data's lengths, fitted without its baseline sweep, it lands ${pct(check.c1Error)} (C1_D) and ${pct(check.c2Error)} (C2_D) from the measured baseline.`;
  if (Math.max(Math.abs(check.c1Error), Math.abs(check.c2Error)) > P.impliedBaselineTolerance) {
    text +=
      ` That is beyond ±${formatNumber(100 * P.impliedBaselineTolerance)}%. A likely reason: a speculative cycle carries fixed work a plain decoding step does not ` +
      `(the drafter's pass over the accepted tokens, rejection sampling, more scheduler bookkeeping); the pooled fit books it per cycle in c1_v and c2_v, and the k = 0 extrapolation ` +
      `charges it to the baseline too. The real speedups against the implied baseline carry the same kind of bias, so read them as estimates, not measurements.`;
  } else {
    text += ` That is within ±${formatNumber(100 * P.impliedBaselineTolerance)}%, so the extrapolation works on the simulator; whether it does on real hardware is not checked by these data.`;
  }
  return text;
}
