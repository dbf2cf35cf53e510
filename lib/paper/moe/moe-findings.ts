import type { FitPoint } from '../../fit/fit-point.js';
import { formatNumber } from '../../util/format-number.js';
import { eq1LatencyCore } from '../../model/eq1-latency.js';
import { moeCoverageCore } from '../../model/moe-coverage.js';
import type { MoeConfigFit } from './moe-fits.js';

/** The paper's three MoE findings measured on one model's fits. */
export interface MoeModelFindings {
  model: string;
  /** Configurations fitted. */
  nFits: number;
  /**
   * Mean over configurations of 1 − L(Eq. 4) / L(full coverage) at the lowest and at the highest
   * fitted load (%): how much faster the MoE is than the same model reading every expert (the
   * "dense prediction", Eq. 4 with φ = 1).
   */
  lowLoadGapPct: number;
  highLoadGapPct: number;
  /** Mean expert coverage φ at the lowest and the highest fitted load. */
  lowLoadCoverage: number;
  highLoadCoverage: number;
  /** Mean R² gain (Eq. 4 − plain Eq. 1) over the configurations with small and with large k; null without any. */
  smallKGain: number | null;
  largeKGain: number | null;
}

/** Options of {@link moeFindings}. */
export interface MoeFindingsOptions {
  /** Draft lengths counted as small (default [0, 1, 2]: no SD and the shortest drafts). */
  smallKs?: readonly number[];
  /** Draft lengths counted as large (default [8, 9, 10]). */
  largeKs?: readonly number[];
}

/** Result of {@link moeFindings}. */
export interface MoeFindings {
  models: MoeModelFindings[];
  /** Markdown: per model one bullet per finding, each saying whether the data agree. */
  text: string;
}

/**
 * Measures the paper's MoE findings on Eq. 4 fits: (1) MoE beats the dense prediction at low load
 * (few experts active): the fitted latency is below the full-coverage latency
 * (c1_u + c1_s) / (1 − RPS (c2_u + c2_s)) (closed-loop points: C1 + c·C2) at the lowest load;
 * (2) the gap closes as load rises: it is smaller at the highest fitted load; (3) the correction
 * matters most at small k: the R² gain of Eq. 4 over plain Eq. 1 is larger for small k than for
 * large k. Coverage φ = 1 − (1 − m/M)^T with T = B × routed tokens per request at each point
 * (B = concurrency, or RPS × fitted L).
 *
 * @param fits moeFits output (failed fits, and fits with an unidentified coefficient, are skipped)
 * @param options which k count as small and large
 * @returns per-model numbers and sentences
 * @throws {Error} `moeFindings requires ...` for a non-array or no successful fit
 * @example
 * moeFindings(fits).models[0].lowLoadGapPct; // e.g. 35 (% faster than full coverage at the lowest load)
 */
export function moeFindings(fits: readonly MoeConfigFit[], options: MoeFindingsOptions = {}): MoeFindings {
  const fn = 'moeFindings';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of MoE fits`);
  // Fits whose data could not identify a coefficient (null) have no coverage curve to read.
  const identified = (f: MoeConfigFit): boolean => f.fit !== null && [f.fit.c1_u, f.fit.c1_s, f.fit.c2_u, f.fit.c2_s].every((v) => typeof v === 'number');
  const ok = fits.filter((f) => identified(f) && f.fit!.points.length > 0);
  if (ok.length === 0) throw new Error(`${fn} requires at least one successful fit`);
  const smallKs = options?.smallKs ?? [0, 1, 2];
  const largeKs = options?.largeKs ?? [8, 9, 10];
  const models = [...new Set(ok.map((f) => f.verifier))];
  const mean = (xs: number[]): number | null => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const out: MoeModelFindings[] = models.map((model) => {
    const mine = ok.filter((f) => f.verifier === model);
    const at = (which: 'low' | 'high') =>
      mine.map((f) => {
        const fit = f.fit!;
        // Load of a point: its batch B (concurrency, or Little's RPS x fitted L).
        const load = (q: FitPoint): number => (q.kind === 'closed' ? q.x : q.x * q.predictedS);
        const p = fit.points.reduce((a: FitPoint, b: FitPoint) => (which === 'low' ? (load(b) < load(a) ? b : a) : load(b) > load(a) ? b : a));
        const c1 = fit.c1_u + fit.c1_s;
        const c2 = fit.c2_u + fit.c2_s;
        const dense = p.kind === 'closed' ? c1 + p.x * c2 : eq1LatencyCore(p.x, c1, c2);
        return { gap: 1 - p.predictedS / dense, phi: moeCoverageCore(load(p) * fit.tokensPerRequest, f.experts, f.active) };
      });
    const low = at('low');
    const high = at('high');
    const gain = (ks: readonly number[]) => mean(mine.filter((f) => ks.includes(f.k)).map((f) => f.fit!.r2 - f.fit!.plainEq1.r2));
    return {
      model,
      nFits: mine.length,
      lowLoadGapPct: mean(low.map((x) => x.gap))! * 100,
      highLoadGapPct: mean(high.map((x) => x.gap))! * 100,
      lowLoadCoverage: mean(low.map((x) => x.phi))!,
      highLoadCoverage: mean(high.map((x) => x.phi))!,
      smallKGain: gain(smallKs),
      largeKGain: gain(largeKs),
    };
  });
  const f = (x: number) => formatNumber(x);
  const lines = out.flatMap((m) => {
    const beats = m.lowLoadGapPct > 0;
    const closes = m.highLoadGapPct < m.lowLoadGapPct;
    const gainText =
      m.smallKGain === null || m.largeKGain === null
        ? 'cannot be checked (no fits at small or at large k)'
        : `${m.smallKGain > m.largeKGain ? 'agrees' : 'does not agree'}: mean R² gain ${f(m.smallKGain)} at k ∈ {${smallKs.join(', ')}} against ${f(m.largeKGain)} at k ∈ {${largeKs.join(', ')}}`;
    return [
      `- **${m.model}** (${m.nFits} configurations): at the lowest fitted load the Eq. 4 latency is ${f(m.lowLoadGapPct)}% ` +
        `${beats ? 'below' : 'above'} the full-coverage ("dense") prediction (coverage φ = ${f(m.lowLoadCoverage)}): ` +
        `MoE beats the dense prediction at low load — ${beats ? 'agrees' : 'does not agree'}.`,
      `  At the highest fitted load the gap is ${f(m.highLoadGapPct)}% (φ = ${f(m.highLoadCoverage)}): the gap closes as load rises — ${closes ? 'agrees' : 'does not agree'}.`,
      `  The correction matters most at small k — ${gainText}.`,
    ];
  });
  return { models: out, text: lines.join('\n') };
}
