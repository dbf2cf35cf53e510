import type { Report } from '../../io/create-report.js';
import { buildExternalAgreement } from '../../sim/calibration/external-agreement.js';
import { getSystemSpec } from '../../sim/system-registry.js';
import { externalAgreementSummary } from './external-agreement-summary.js';
import { externalAgreementTable } from './external-agreement-table.js';
import { stepCostData } from './step-cost-data.js';
import { stepCostFigure } from './step-cost-figure.js';
import type { Params, RealityData } from './reality-params.js';

/**
 * Notebook 09 (b), the simulator's step cost against public step timings: buildExternalAgreement
 * on the public CSVs with the systems, PR #5691 context and specdecode-bench contexts of P; the
 * figure ('nb09-step-cost'), the agreement sentences at ±P.tolerance, and the table of every
 * compared pass ('tab09-step-cost', the table scripts/calibrate-sim.ts writes from the same rows).
 * Whether the simulated times carry a software offset is read from the rows.
 *
 * @param report the notebook's report
 * @param data loadRealityData output
 * @param P the parameter cell
 * @returns when the figure is written
 * @throws {Error} buildExternalAgreement's error for a missing column or component of the public files
 * @example
 * await showStepCosts(report, data, P);
 */
export async function showStepCosts(report: Report, data: RealityData, P: Params): Promise<void> {
  const rows = buildExternalAgreement(
    { verifyStep: data.verifyStep, stepModel: data.stepModel },
    {
      pr5691System: getSystemSpec(P.pr5691System),
      specdecodeSystem: getSystemSpec(P.specdecodeSystem),
      pr5691ContextTokens: P.pr5691Context,
      specdecodeContexts: P.stepContexts,
    },
  );
  const offsets = rows.some((r) => r.offset_ms > 0);
  const simulator = `the simulator's roofline step cost (lib/sim)${offsets ? ' plus one software offset per source and pass' : ', with no offset fitted to these timings'}`;
  const label = `${simulator}; measured: ${P.externalLabel}`;
  const steps = stepCostData(rows);
  await report.figure(stepCostFigure({ measured: steps.measured, simulated: steps.simulated }, { id: 'nb09-step-cost', title: 'Simulated step cost against public step timings', dataLabel: label, height: 760 }));
  report.markdown(
    `${externalAgreementSummary(rows, { tolerance: P.tolerance }).text}\n\n` +
      `vLLM PR #5691 does not state its context length: ${P.pr5691Context} tokens per sequence are assumed; the specdecode-bench rows are compared at contexts of ${P.stepContexts.join(', ')} tokens.`,
  );
  report.table(
    externalAgreementTable(rows, {
      id: 'tab09-step-cost',
      dataLabel: label,
      caption:
        `Step time of ${label}, one row per compared pass (vLLM PR #5691's context, which it does not state, assumed ${P.pr5691Context} tokens): ` +
        'ratio = simulated / measured, roofline ratio = roofline / measured.',
    }),
  );
}
