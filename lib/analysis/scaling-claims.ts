import { formatNumber } from '../figures/format-number.js';
import type { CoefficientSizeFit } from './coefficient-size-fits.js';

/** Options of {@link scalingClaims}. */
export interface ScalingClaimsOptions {
  /** Which data, for the sentences. */
  dataLabel: string;
  /** A coefficient counts as "about linear" when its fit reaches this R² (default 0.9)... */
  r2Min?: number;
  /** ...and its log–log exponent is within this distance of 1 (default 0.2). */
  exponentTolerance?: number;
}

/** The paper's Fig. 5 claims checked on a set of size fits. */
export interface ScalingClaims {
  /** Coefficients that meet both criteria, and those that do not. */
  linear: string[];
  notLinear: string[];
  /** The coefficient with the highest R² (the paper: c1_v, "almost exactly" linear). */
  best: string;
  /** Markdown: one line per coefficient and a verdict per claim. */
  text: string;
}

/**
 * Checks the paper's Fig. 5 claims: c1_p, c1_v, c2_p, c2_v scale about linearly with verifier
 * size (c1_v almost exactly) and c1_d, c2_d with drafter size. "About linear" is made concrete
 * as R² ≥ r2Min for the line and a log–log exponent within exponentTolerance of 1 (both
 * thresholds are this project's choice, stated in the text); "almost exactly" as c1_v having the
 * highest R² of the six.
 *
 * @param fits coefficientSizeFits output
 * @param options dataLabel, r2Min, exponentTolerance
 * @returns the coefficients that pass, the best one and the sentences
 * @throws {Error} `scalingClaims requires ...` for no fits or a missing dataLabel
 * @example
 * scalingClaims(coefficientSizeFits(points), { dataLabel: 'real' }).linear; // ['c1_v', 'c2_v', ...]
 */
export function scalingClaims(fits: readonly CoefficientSizeFit[], options: ScalingClaimsOptions): ScalingClaims {
  const fn = 'scalingClaims';
  if (!Array.isArray(fits) || fits.length === 0) throw new Error(`${fn} requires a non-empty array of size fits`);
  if (typeof options?.dataLabel !== 'string' || options.dataLabel === '') throw new Error(`${fn} requires options.dataLabel`);
  const r2Min = options.r2Min ?? 0.9;
  const tol = options.exponentTolerance ?? 0.2;
  const passes = (f: CoefficientSizeFit): boolean => f.r2 >= r2Min && Math.abs(f.exponent - 1) <= tol;
  const linear = fits.filter(passes).map((f) => f.coefficient);
  const notLinear = fits.filter((f) => !passes(f)).map((f) => f.coefficient);
  const best = fits.reduce((a, b) => (b.r2 > a.r2 ? b : a)).coefficient;
  const form = fits.every((f) => f.intercept === 0) ? 'proportional' : 'linear';
  const lines = fits.map(
    (f) =>
      `- ${f.coefficient} against ${f.coefficient.endsWith('_d') ? 'drafter' : 'verifier'} size: R² = ${formatNumber(f.r2)}, ` +
      `log–log exponent ${formatNumber(f.exponent)} over ${f.n} models (${passes(f) ? 'about linear' : 'not linear by this test'}).`,
  );
  const verifierSide = fits.filter((f) => !f.coefficient.endsWith('_d'));
  const drafterSide = fits.filter((f) => f.coefficient.endsWith('_d'));
  const verdict = (group: CoefficientSizeFit[]): string =>
    group.length === 0 ? 'not tested' : group.every(passes) ? 'agrees with the paper' : `differs from the paper for ${group.filter((f) => !passes(f)).map((f) => f.coefficient).join(', ')}`;
  const c1v = fits.find((f) => f.coefficient === 'c1_v');
  return {
    linear,
    notLinear,
    best,
    text:
      `On ${options.dataLabel} (${form} fits; "about linear" here means R² ≥ ${formatNumber(r2Min)} and an exponent within ` +
      `${formatNumber(tol)} of 1):\n${lines.join('\n')}\n` +
      `- Claim "c1_p, c1_v, c2_p, c2_v scale about linearly with verifier size": ${verdict(verifierSide)}.\n` +
      `- Claim "c1_d, c2_d scale with drafter size": ${verdict(drafterSide)}.\n` +
      `- Claim "c1_v almost exactly": ${c1v ? (best === 'c1_v' ? `c1_v has the highest R² (${formatNumber(c1v.r2, 4)}): agrees with the paper` : `the highest R² is ${best}'s, c1_v has ${formatNumber(c1v.r2, 4)}: differs from the paper`) : 'not tested'}.`,
  };
}
