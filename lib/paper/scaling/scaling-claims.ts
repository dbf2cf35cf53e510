import { formatNumber } from '../../util/format-number.js';
import type { CoefficientSizeFit } from './coefficient-size-fits.js';

/** Options of {@link scalingClaims}. */
export interface ScalingClaimsOptions {
  /** Which data, for the sentences. */
  dataLabel: string;
  /** Linear fits with an intercept of the same points (coefficientSizeFits with intercept: true), to tell "linear with a fixed offset" apart. */
  linear?: readonly CoefficientSizeFit[];
  /** A fit counts from this R² on (default 0.9)... */
  r2Min?: number;
  /** ...and a proportional one also needs its log–log exponent within this distance of 1 (default 0.2). */
  exponentTolerance?: number;
}

/** How one coefficient scales with model size. */
export type ScalingVerdict = 'proportional' | 'linear with an offset' | 'not linear';

/** The paper's Fig. 5 claims checked on a set of size fits. */
export interface ScalingClaims {
  /** Per coefficient (in the fits' order): the verdict. */
  verdicts: Array<{ coefficient: string; verdict: ScalingVerdict }>;
  /** The coefficient with the highest R² of its better fit (the paper: c1_v, "almost exactly" linear). */
  best: string;
  /** Markdown: one line per coefficient and a verdict per claim. */
  text: string;
}

/**
 * Checks the paper's Fig. 5 claims: c1_p, c1_v, c2_p, c2_v scale about linearly with verifier
 * size (c1_v almost exactly) and c1_d, c2_d with drafter size. The tests (this project's choice,
 * stated in the text): a coefficient is "proportional" when its proportional fit reaches R² ≥ r2Min
 * with a log–log exponent within exponentTolerance of 1; "linear with an offset" when instead the
 * fit with an intercept reaches R² ≥ r2Min with a positive slope (a fixed per-step cost plus a
 * part that grows with size); else "not linear". A claim agrees when all its coefficients are one
 * of the first two. "Almost exactly" = c1_v has the highest R² of the six, each coefficient scored
 * by the better of its two fits.
 *
 * @param fits coefficientSizeFits output (proportional)
 * @param options dataLabel, linear (fits with intercept), r2Min, exponentTolerance
 * @returns verdicts per coefficient, the best one and the sentences
 * @throws {Error} `scalingClaims requires ...` for no fits or a missing dataLabel
 * @example
 * scalingClaims(coefficientSizeFits(points), { dataLabel: 'real', linear: coefficientSizeFits(points, { intercept: true }) }).text;
 */
export function scalingClaims(fits: readonly CoefficientSizeFit[], options: ScalingClaimsOptions): ScalingClaims {
  const fn = 'scalingClaims';
  if (!Array.isArray(fits) || fits.length === 0) throw new Error(`${fn} requires a non-empty array of size fits`);
  if (typeof options?.dataLabel !== 'string' || options.dataLabel === '') throw new Error(`${fn} requires options.dataLabel`);
  const r2Min = options.r2Min ?? 0.9;
  const tol = options.exponentTolerance ?? 0.2;
  const linear = options.linear ?? [];
  const judged = fits.map((f) => {
    const lin = linear.find((l) => l.coefficient === f.coefficient);
    const verdict: ScalingVerdict =
      f.r2 >= r2Min && Math.abs(f.exponent - 1) <= tol ? 'proportional' : lin && lin.r2 >= r2Min && lin.slope > 0 ? 'linear with an offset' : 'not linear';
    return { f, lin, verdict };
  });
  const score = (j: (typeof judged)[number]): number => Math.max(j.f.r2, j.lin ? j.lin.r2 : -Infinity);
  const bestJ = judged.reduce((a, b) => (score(b) > score(a) ? b : a));
  const best = bestJ.f.coefficient;
  const lines = judged.map(
    ({ f, lin, verdict }) =>
      `- ${f.coefficient} against ${f.coefficient.endsWith('_d') ? 'drafter' : 'verifier'} size (${f.n} models): proportional R² = ${formatNumber(f.r2)}, ` +
      `log–log exponent ${formatNumber(f.exponent)}` +
      (lin ? `; with an intercept R² = ${formatNumber(lin.r2)}, intercept ${formatNumber(lin.intercept * 1000)} ms` : '') +
      ` → ${verdict}.`,
  );
  const verdict = (group: typeof judged): string => {
    if (group.length === 0) return 'not tested';
    const bad = group.filter((j) => j.verdict === 'not linear').map((j) => j.f.coefficient);
    const offset = group.filter((j) => j.verdict === 'linear with an offset').map((j) => j.f.coefficient);
    if (bad.length > 0) return `differs from the paper for ${bad.join(', ')}`;
    return offset.length > 0 ? `agrees, with a fixed offset for ${offset.join(', ')}` : 'agrees with the paper';
  };
  const c1v = judged.find((j) => j.f.coefficient === 'c1_v');
  return {
    verdicts: judged.map((j) => ({ coefficient: j.f.coefficient, verdict: j.verdict })),
    best,
    text:
      `On ${options.dataLabel} (proportional: R² ≥ ${formatNumber(r2Min)} and a log–log exponent within ${formatNumber(tol)} of 1; ` +
      `linear with an offset: the fit with an intercept reaches R² ≥ ${formatNumber(r2Min)}):\n${lines.join('\n')}\n` +
      `- Claim "c1_p, c1_v, c2_p, c2_v scale about linearly with verifier size": ${verdict(judged.filter((j) => !j.f.coefficient.endsWith('_d')))}.\n` +
      `- Claim "c1_d, c2_d scale with drafter size": ${verdict(judged.filter((j) => j.f.coefficient.endsWith('_d')))}.\n` +
      `- Claim "c1_v almost exactly": ${
        c1v
          ? best === 'c1_v'
            ? `c1_v has the highest R² (${formatNumber(score(c1v), 4)}): agrees with the paper`
            : `the highest R² is ${best}'s (${formatNumber(score(bestJ), 4)}), c1_v has ${formatNumber(score(c1v), 4)}: differs from the paper`
          : 'not tested'
      }.`,
  };
}
