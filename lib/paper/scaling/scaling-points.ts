import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdCoefficients } from '../../model/sd-coefficients.js';
import type { ScalingPoint } from './scaling-figure.js';
import type { ParameterRole } from '../shared/parameter-count-b.js';
import { parameterCountB } from '../shared/parameter-count-b.js';
import { modelLabels } from '../shared/model-labels.js';

/** Options of {@link scalingPoints}. */
export interface ScalingPointsOptions {
  /** Parameters (billions) of a verifier or drafter name (default {@link parameterCountB}). */
  sizeOf?: (name: string, role: ParameterRole) => number;
  /** Label of a system for colour and hover (default {@link modelLabels} over all the fits' keys). */
  label?: (key: Record<string, unknown>) => string;
  /**
   * Divide both sizes by the system's GPU count, read from the hardware label's `x<N>` suffix
   * ('A100-80GBx4' → 4; none → 1): with tensor parallelism every GPU holds and reads 1/N of the
   * verifier's and the drafter's weights, so a step's weight traffic per GPU is size / N
   * (a modelling choice; default false: the whole model, as the paper's "verifier size").
   */
  perGpu?: boolean;
}

const VERIFIER_COEFFICIENTS = ['c1_p', 'c1_v', 'c2_p', 'c2_v'] as const;
const DRAFTER_COEFFICIENTS = ['c1_d', 'c2_d'] as const;

/**
 * The points of Fig. 5 (scalingFigure): for every pooled Eq. 3 fit, c1_p, c1_v, c2_p, c2_v at the
 * verifier's parameter count and c1_d, c2_d at the drafter's. Failed fits and baseline-only groups
 * (no drafter) are skipped. Coefficients the fit put at 0 are kept (scalingFigure leaves
 * non-positive values off its log axes and counts them in the caption).
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output (keys with verifier and drafter)
 * @param options sizeOf, label, perGpu
 * @returns six points per fitted system, in fit order
 * @throws {Error} `scalingPoints requires ...` for a non-array, a key without verifier/drafter, or an unknown model size
 * @example
 * scalingPoints(fitGroups(realRows, { model: 'sd' })).filter((p) => p.coefficient === 'c1_v');
 * // [{ coefficient: 'c1_v', paramsB: 0.596, valueS: 0.0054, label: 'Qwen3-0.6B' }, ...]
 */
export function scalingPoints(fits: readonly GroupFit<SdCoefficients>[], options: ScalingPointsOptions = {}): ScalingPoint[] {
  const fn = 'scalingPoints';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of group fits`);
  const sizeOf = options.sizeOf ?? parameterCountB;
  for (const g of fits) {
    if (g.fit !== null && (typeof g.key?.verifier !== 'string' || typeof g.key?.drafter !== 'string')) {
      throw new Error(`${fn} requires fits keyed by verifier and drafter (group by SYSTEM_KEYS), ${g.label} is not`);
    }
  }
  const fitted = fits.filter((g) => g.fit !== null && g.key.drafter !== '');
  const labels = options.label ? fitted.map((g) => options.label!(g.key)) : modelLabels(fitted.map((g) => g.key));
  const out: ScalingPoint[] = [];
  fitted.forEach((g, gi) => {
    const verifier = g.key.verifier as string;
    const drafter = g.key.drafter as string;
    const name = labels[gi];
    const gpus = options.perGpu ? gpuCount(g.key.hardware) : 1;
    const verifierB = checkedSize(fn, sizeOf, verifier, 'verifier') / gpus;
    const drafterB = checkedSize(fn, sizeOf, drafter, 'drafter') / gpus;
    const fit = g.fit!;
    for (const c of VERIFIER_COEFFICIENTS) out.push({ coefficient: c, paramsB: verifierB, valueS: fit[c], label: name });
    for (const c of DRAFTER_COEFFICIENTS) out.push({ coefficient: c, paramsB: drafterB, valueS: fit[c], label: name });
  });
  return out;
}

function checkedSize(fn: string, sizeOf: (name: string, role: ParameterRole) => number, name: string, role: ParameterRole): number {
  const b = sizeOf(name, role);
  if (typeof b !== 'number' || !(b > 0) || !Number.isFinite(b)) throw new Error(`${fn} requires a positive size for ${role} '${name}', got ${String(b)}`);
  return b;
}

/**
 * GPUs of a hardware label: the N of a trailing 'xN' ('A100-80GBx4' → 4), else 1.
 *
 * @param hardware the hardware label of a group key
 * @returns the GPU count
 * @example
 * gpuCount('A100-80GBx4'); // 4
 */
export function gpuCount(hardware: unknown): number {
  const m = typeof hardware === 'string' ? /x(\d+)$/i.exec(hardware.trim()) : null;
  return m ? Number(m[1]) : 1;
}
