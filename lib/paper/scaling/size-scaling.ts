import type { GroupFit } from '../../fit/fit-groups.js';
import type { ScalingPoint } from './scaling-figure.js';
import type { SdCoefficients } from '../../model/sd-coefficients.js';
import type { ScalingFitsTableRow } from './scaling-fits-table.js';
import type { CoefficientSizeFit } from './coefficient-size-fits.js';
import { coefficientSizeFits } from './coefficient-size-fits.js';
import type { ScalingClaims } from './scaling-claims.js';
import { scalingClaims } from './scaling-claims.js';
import { scalingPoints } from './scaling-points.js';

/** Options of {@link sizeScaling}. */
export interface SizeScalingOptions {
  /** Which data, for the claim sentences. */
  dataLabel: string;
  /** Sizes per GPU (scalingPoints' perGpu; default false). */
  perGpu?: boolean;
  /** scalingClaims' thresholds (defaults 0.9 and 0.2). */
  r2Min?: number;
  exponentTolerance?: number;
  /** The `data` column of the table rows, e.g. 'simulated, 512/128' (default dataLabel). */
  tableLabel?: string;
}

/** Everything Fig. 5 needs for one set of pooled fits. */
export interface SizeScaling {
  points: ScalingPoint[];
  /** Proportional fits value = slope × parameters. */
  proportional: CoefficientSizeFit[];
  /** Linear fits with an intercept. */
  linear: CoefficientSizeFit[];
  claims: ScalingClaims;
  /** Both sets of lines as scalingFitsTable rows, `data` = tableLabel. */
  tableRows: ScalingFitsTableRow[];
}

/**
 * Fig. 5 for one set of pooled Eq. 3 fits: the coefficients against model size (scalingPoints),
 * a proportional and an intercept line per coefficient (coefficientSizeFits) and the paper's
 * claims checked on them (scalingClaims), and both sets of lines as rows of scalingFitsTable.
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output of several models at one workload
 * @param options dataLabel, perGpu, r2Min, exponentTolerance, tableLabel
 * @returns points, both sets of lines, the claims and the table rows
 * @throws {Error} as scalingPoints, coefficientSizeFits and scalingClaims
 * @example
 * const s = sizeScaling(fitGroups(rows, { model: 'sd' }), { dataLabel: 'real' });
 * scalingFigure({ points: s.points, fits: s.proportional }, { dataLabel: 'real' });
 */
export function sizeScaling(fits: readonly GroupFit<SdCoefficients>[], options: SizeScalingOptions): SizeScaling {
  const points = scalingPoints(fits, { perGpu: options?.perGpu ?? false });
  const proportional = coefficientSizeFits(points);
  const linear = coefficientSizeFits(points, { intercept: true });
  const claims = scalingClaims(proportional, {
    dataLabel: options?.dataLabel,
    linear,
    r2Min: options?.r2Min,
    exponentTolerance: options?.exponentTolerance,
  });
  const data = options?.tableLabel ?? options?.dataLabel;
  const tableRows = [...proportional, ...linear].map((f) => ({ data, ...f }));
  return { points, proportional, linear, claims, tableRows };
}
