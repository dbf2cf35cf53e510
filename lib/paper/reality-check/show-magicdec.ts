import type { Report } from '../../io/create-report.js';
import { closedLoopFigure } from './closed-loop-figure.js';
import { closedLoopFitsTable } from './closed-loop-fits-table.js';
import type { MagicdecAnalysis } from './fit-magicdec.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';
import { magicdecFindings } from './magicdec-findings.js';
import type { Params } from './reality-params.js';

/**
 * Notebook 09 (c)'s outputs: MagicDec's per-token latency against batch size with the two fitted
 * lines ('nb09-magicdec-closed-loop'), the fits with their intervals ('tab09-magicdec-fits') and the
 * findings against the paper's model and draft-length finding on the real sweeps.
 *
 * @param report the notebook's report
 * @param magicdec fitMagicdec output
 * @param P the parameter cell
 * @returns when the figure is written
 * @throws {Error} magicdecFindings' error for an analysis without fits or rows
 * @example
 * await showMagicdec(report, magicdec, P);
 */
export async function showMagicdec(report: Report, magicdec: MagicdecAnalysis, P: Params): Promise<void> {
  const { closed } = magicdec;
  const lines =
    closed.loss === 'relative'
      ? `lines fitted by weighted least squares with weights 1/L², the ${fitLossPhrase('relative')}`
      : `lines fitted by ordinary least squares, the ${fitLossPhrase('absolute')}`;
  const dataLabel = `${P.magicdecLabel}; ${lines}`;
  await report.figure(
    closedLoopFigure(
      { points: closed.points, fits: closed.fits },
      {
        id: 'nb09-magicdec-closed-loop',
        title: 'MagicDec: per-token latency against batch size (closed loop)',
        dataLabel,
        xTitle: 'batch size B (requests in flight)',
        yTitle: 'latency per output token (ms)',
        yUnit: 'ms',
      },
    ),
  );
  report.table(closedLoopFitsTable(closed.fits, { id: 'tab09-magicdec-fits', dataLabel, unit: 'ms per token', level: closed.level }));
  const oursLabel = `${P.realLabel}, per-setting Eq. 1 fits with the ${fitLossPhrase(P.loss.sweeps)} (without a baseline argmin_k C1 = argmin_k C1R)`;
  report.markdown(magicdecFindings(closed, magicdec.bestK, magicdec.ours, oursLabel, { littleTolerance: P.littleTolerance }));
}
