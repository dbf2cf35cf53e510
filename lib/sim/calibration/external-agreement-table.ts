import type { TableSpec } from '../../table/table-spec.js';
import type { AgreementRow } from './external-agreement.js';

/**
 * The external-agreement rows as a table (data/external-agreement.csv / .md).
 *
 * @param rows from buildExternalAgreement
 * @returns the table spec
 * @example
 * writeTable(externalAgreementTable(rows), { outDir: 'data' });
 */
export function externalAgreementTable(rows: readonly AgreementRow[]): TableSpec {
  return {
    id: 'external-agreement',
    caption:
      'The calibrated simulator\'s forward passes vs public step timings it was not fitted to: vLLM PR #5691 (Llama-2-7B verification ' +
      'step on one A100, k = 5, MQA scorer; context not stated, 256 tokens assumed) and the specdecode-bench step model (arXiv 2601.11580: ' +
      'vLLM 0.10.1, Llama-3.1-8B + EAGLE on one H100). roofline = the pass as the simulator prices it (GPU roofline, at least the calibrated CPU ' +
      'floor per pass); engine = the calibrated per-speculative-step CPU time (sd_step rows: verification plus k drafter passes). Every parameter ' +
      'comes from the calibration on the real speculators-scaling sweeps or from datasheets; no offset is fitted to these timings (offset is 0). ' +
      'attentionEff was set from specdecode-bench\'s kv_coef, so its rows\' growth with context is not an independent check.',
    columns: [
      { key: 'source', label: 'source' },
      { key: 'pass', label: 'pass' },
      { key: 'batch', label: 'batch' },
      { key: 'context_tokens', label: 'context', unit: 'tokens' },
      { key: 'k', label: 'k' },
      { key: 'measured_ms', label: 'measured', unit: 'ms', digits: 2 },
      { key: 'roofline_ms', label: 'roofline', unit: 'ms', digits: 2 },
      { key: 'engine_ms', label: 'engine', unit: 'ms', digits: 2 },
      { key: 'offset_ms', label: 'offset', unit: 'ms', digits: 2 },
      { key: 'simulated_ms', label: 'simulated', unit: 'ms', digits: 2 },
      { key: 'ratio', label: 'ratio', digits: 3 },
      { key: 'roofline_ratio', label: 'roofline ratio', digits: 3 },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}
