import type { Report } from '../../io/create-report.js';
import { moeFigure } from './moe-figure.js';
import { moeFigureData } from './moe-figure-data.js';
import { routedTokensLabel } from './routed-tokens-label.js';
import type { MoeFitSets } from './fit-moe-sets.js';
import type { Params } from './moe-params.js';

/**
 * Notebook 07's Fig. 8 ('fig08-moe'): the whole-sweep fits of P.figureKs at P.alpha and the
 * chosen lengths, measured latency with the plain Eq. 1 and the Eq. 4 curves and the implied
 * coverage; the caption names the simulated systems, lengths, alpha and routed-token assumption.
 *
 * @param report the notebook's report
 * @param fits fitMoeSets output
 * @param P the parameter cell
 * @returns when the figure is written
 * @throws {Error} moeFigureData's error when no fit matches the selection
 * @example
 * await showMoeFigure(report, fits, P);
 */
export async function showMoeFigure(report: Report, fits: MoeFitSets, P: Params): Promise<void> {
  const data = moeFigureData(fits.whole, { ks: P.figureKs, alpha: P.alpha, prefillTokens: P.prefill, decodeTokens: P.decode });
  await report.figure(
    moeFigure(data, {
      id: 'fig08-moe',
      dataLabel:
        `SIMULATED data (${P.simDir}: ${fits.labels.systems}; prefill ${P.prefill} / decode ${P.decode}, α = ${P.alpha} for k ≥ 1; ` +
        `all steady points of each sweep; ${routedTokensLabel(P.tokensPerRequest)}; ${fits.labels.fits})`,
    }),
  );
}
