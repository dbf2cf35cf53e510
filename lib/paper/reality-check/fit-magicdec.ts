import type { Eq1Fit } from '../../fit/fit-eq1.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import { bestKByLoad, type BestKByLoad } from './best-k-by-load.js';
import { magicdecBestK, type MagicdecBestK } from './magicdec-best-k.js';
import { magicdecClosedLoop, type MagicdecClosedLoop } from './magicdec-closed-loop.js';
import type { Params, RealityData } from './reality-params.js';

/** Notebook 09 (c): the closed-loop lines, MagicDec's best-k trends and the draft-length finding on the real sweeps. */
export interface MagicdecAnalysis {
  closed: MagicdecClosedLoop;
  bestK: MagicdecBestK;
  /** bestKByLoad on per-setting Eq. 1 fits of the real sweeps of P.realVerifiers. */
  ours: BestKByLoad;
  /** Those per-setting Eq. 1 fits. */
  sweepFits: GroupFit<Eq1Fit>[];
}

/**
 * Notebook 09 (c)'s computation: L = C1 + C2·B fitted to MagicDec's AR and SD series (intervals at
 * P.closedLoopLevel), MagicDec's best k against batch size, and the best k at zero load and under
 * load on the real sweeps (per-setting Eq. 1 fits, the slow part). The lines use P.loss.closedLoop, the
 * real sweeps' fits P.loss.sweeps.
 *
 * @param data loadRealityData output
 * @param P the parameter cell
 * @returns the three analyses
 * @throws {Error} the analyses' errors for malformed MagicDec rows
 * @example
 * const magicdec = fitMagicdec(data, P);
 */
export function fitMagicdec(data: RealityData, P: Params): MagicdecAnalysis {
  const sweepFits = fitGroups(data.realRows, { model: 'eq1', requireConvergence: false, loss: P.loss.sweeps });
  return {
    closed: magicdecClosedLoop(data.magicdecLatency, { level: P.closedLoopLevel, loss: P.loss.closedLoop }),
    bestK: magicdecBestK(data.magicdecSpeedup),
    ours: bestKByLoad(sweepFits),
    sweepFits,
  };
}
