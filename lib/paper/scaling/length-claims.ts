import { formatNumber } from '../../util/format-number.js';
import { naturalCompare } from '../../util/natural-compare.js';
import type { DecodeWeightFit } from '../shared/decode-weight-fits.js';
import type { LengthScalingLine } from './length-scaling-fits.js';

/** Options of {@link lengthClaims}. */
export interface LengthClaimsOptions {
  /** Which data, for the sentences. */
  dataLabel: string;
  /** A line counts as "about linear" from this R² on (default 0.9, this project's choice). */
  r2Min?: number;
}

/** The paper's Fig. 6 claims counted per model. */
export interface LengthClaims {
  text: string;
  nModels: number;
  /** Models with c2_p about linear in prefill, and with c2_v about linear in p + w·g (R² ≥ r2Min). */
  c2pLinear: number;
  c2vLinear: number;
  c2pLinearModels: string[];
  c2vLinearModels: string[];
  /** Models whose reference decode weight lies in the 95% interval of c2_v's best-fitting weight. */
  weightAgrees: number;
  /** Models whose c2_p depends on the decode length (weight 0 outside its interval), and among them those where it shrinks. */
  c2pDecodeDependent: number;
  c2pFallsWithDecode: number;
}

/**
 * Checks the paper's Fig. 6 claims per model: c2_p is about linear in prefill length; c2_v
 * scales with p + 0.5·g (the lines' effective length, whatever weight they were made with); and whether that weight agrees with the best-fitting decode weight (inside its
 * 95% interval). One markdown line per model and a count per claim. When c2_p's decode-weight
 * fits are given too, a last line counts the models whose c2_p depends on the decode length
 * (the weight 0 outside its 95% interval), and among them those where it shrinks as the decode
 * length grows (negative decode slope).
 *
 * @param lines lengthScalingFits output (at the paper's weight 0.5)
 * @param weights decodeWeightFits output
 * @param options dataLabel, r2Min
 * @returns counts of models (and the names of those with linear c2_p, c2_v) and the Markdown, see {@link LengthClaims}
 * @throws {Error} `lengthClaims requires ...` for no lines or a missing dataLabel
 * @example
 * lengthClaims(lines, weights, { dataLabel: 'simulated' }).text;
 */
export function lengthClaims(
  lines: readonly LengthScalingLine[],
  weights: readonly DecodeWeightFit[],
  options: LengthClaimsOptions,
): LengthClaims {
  const fn = 'lengthClaims';
  if (!Array.isArray(lines) || lines.length === 0) throw new Error(`${fn} requires a non-empty array of length-scaling lines`);
  if (!Array.isArray(weights)) throw new Error(`${fn} requires an array of decode-weight fits`);
  if (typeof options?.dataLabel !== 'string' || options.dataLabel === '') throw new Error(`${fn} requires options.dataLabel`);
  const r2Min = options.r2Min ?? 0.9;
  const models = [...new Set(lines.map((l) => l.model))].sort(naturalCompare);
  let c2pLinear = 0;
  let c2vLinear = 0;
  const c2pLinearModels: string[] = [];
  const c2vLinearModels: string[] = [];
  let weightAgrees = 0;
  const text = models.map((model) => {
    const cp = lines.find((l) => l.model === model && l.coefficient === 'c2_p');
    const cv = lines.find((l) => l.model === model && l.coefficient === 'c2_v');
    const w = weights.find((x) => x.model === model && x.coefficient === 'c2_v');
    if (cp && cp.r2 >= r2Min) {
      c2pLinear++;
      c2pLinearModels.push(model);
    }
    if (cv && cv.r2 >= r2Min) {
      c2vLinear++;
      c2vLinearModels.push(model);
    }
    if (w && w.referenceInside) weightAgrees++;
    const parts = [
      cp ? `c2_p against prefill R² = ${formatNumber(cp.r2)}` : 'no c2_p line',
      cv ? `c2_v against ${cv.feature} R² = ${formatNumber(cv.r2)}` : 'no c2_v line',
      w
        ? `best-fitting decode weight w* = ${formatNumber(w.weight)} (95% ${w.ciLow === null ? 'unbounded' : `${formatNumber(w.ciLow)} to ${formatNumber(w.ciHigh as number)}`}, ` +
          `R² ${formatNumber(w.r2Best)}): ${formatNumber(w.referenceWeight)} is ${w.referenceInside ? 'inside (agrees)' : 'outside (differs)'}`
        : 'no decode-weight fit',
    ];
    return `- ${model}: ${parts.join('; ')}.`;
  });
  const n = models.length;
  // The effective length and reference weight the lines and weights were made with (the paper's p + 0.5·g by default).
  const feature = lines.find((l) => l.coefficient === 'c2_v')?.feature ?? 'p + 0.5·g';
  const vWeight = weights.find((x) => x.coefficient === 'c2_v');
  const reference = vWeight ? formatNumber(vWeight.referenceWeight) : '0.5';
  const pWeights = weights.filter((x) => x.coefficient === 'c2_p' && models.includes(x.model));
  const dependent = pWeights.filter((x) => !x.referenceInside);
  const c2pDecodeDependent = dependent.length;
  const c2pFallsWithDecode = dependent.filter((x) => x.decodeSlope < 0).length;
  return {
    c2pLinearModels,
    c2vLinearModels,
    nModels: n,
    c2pLinear,
    c2vLinear,
    weightAgrees,
    c2pDecodeDependent,
    c2pFallsWithDecode,
    text:
      `On ${options.dataLabel} ("about linear" here means R² ≥ ${formatNumber(r2Min)}):\n${text.join('\n')}\n` +
      `- Claim "c2_p about linear in prefill": ${c2pLinear} of ${n} model(s).\n` +
      `- Claim "c2_v linear in ${feature}": ${c2vLinear} of ${n} model(s); the weight ${reference} lies in the 95% interval of the best-fitting weight for ${weightAgrees} of ${n}.` +
      (pWeights.length > 0
        ? `\n- c2_p also depends on the decode length (decode weight 0 outside the 95% interval of c2_p = a + b·p + c·g) for ` +
          `${c2pDecodeDependent} of ${pWeights.length} model(s); it shrinks as the decode length grows (c < 0) for ${c2pFallsWithDecode} of them.`
        : ''),
  };
}
