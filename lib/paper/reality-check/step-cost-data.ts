import type { StepCostPoint } from './step-cost-figure.js';
import type { AgreementRow } from '../../sim/calibration/external-agreement.js';

/** Options of {@link stepCostData}. */
export interface StepCostDataOptions {
  /** Keep only these context lengths (tokens per sequence); default all. */
  contexts?: readonly number[];
}

/** Builder inputs of the step-cost comparison. */
export interface StepCostData {
  /** stepCostFigure input: one panel per (source, context), one colour per pass. */
  measured: StepCostPoint[];
  simulated: StepCostPoint[];
}

/** Short panel names of the public sources (their models and citations belong in the caption). */
const SOURCES: Record<string, string> = {
  'vllm-pr5691': 'vLLM PR #5691 (A100)',
  'specdecode-bench': 'specdecode-bench (H100)',
};

/** Legend name of a pass: 'verify k = 3', 'decode (1 token)', 'EAGLE draft', 'SD step k = 3'. */
function passLabel(pass: string, k: number): string {
  if (pass === 'verify') return `verify k = ${k}`;
  if (pass === 'sd_step') return `SD step k = ${k}`;
  if (pass === 'decode') return 'decode (1 token)';
  if (pass === 'eagle_draft') return 'EAGLE draft';
  return pass;
}

/**
 * Turns the simulator's external agreement rows (buildExternalAgreement: its pass time against
 * public step timings) into the input of stepCostFigure (externalAgreementTable takes the rows
 * themselves). Each (source, context) becomes one panel named after
 * the source and its GPU ('vLLM PR #5691 (A100), context 256'; the caller's caption names the
 * models and citations); each pass one series ('verify k = 3'). Step times stay in ms.
 *
 * @param rows buildExternalAgreement output
 * @param options contexts to keep (default all)
 * @returns measured and simulated figure points, in input order
 * @throws {Error} `stepCostData requires ...` for an empty array, a row without the numbers, or
 *   a context filter that keeps nothing
 * @example
 * stepCostData(buildExternalAgreement(data, systems), { contexts: [256, 1024] }).measured[0].source;
 * // 'vLLM PR #5691 (A100), context 256'
 */
export function stepCostData(rows: readonly AgreementRow[], options: StepCostDataOptions = {}): StepCostData {
  const fn = 'stepCostData';
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${fn} requires a non-empty array of agreement rows`);
  rows.forEach((r, i) => {
    for (const key of ['batch', 'context_tokens', 'k', 'measured_ms', 'simulated_ms', 'roofline_ms'] as const) {
      if (typeof r?.[key] !== 'number' || !Number.isFinite(r[key])) throw new Error(`${fn} requires rows[${i}].${key} to be a finite number`);
    }
    if (typeof r.source !== 'string' || typeof r.pass !== 'string') throw new Error(`${fn} requires rows[${i}] with a source and a pass`);
  });
  const keep = options.contexts;
  const chosen = keep === undefined ? rows : rows.filter((r) => keep.includes(r.context_tokens));
  if (chosen.length === 0) throw new Error(`${fn} requires options.contexts to keep at least one row`);
  const measured: StepCostPoint[] = [];
  const simulated: StepCostPoint[] = [];
  for (const r of chosen) {
    const source = `${SOURCES[r.source] ?? r.source}, context ${r.context_tokens}`;
    const series = passLabel(r.pass, r.k);
    measured.push({ source, series, batchSize: r.batch, stepMs: r.measured_ms });
    simulated.push({ source, series, batchSize: r.batch, stepMs: r.simulated_ms });
  }
  return { measured, simulated };
}
