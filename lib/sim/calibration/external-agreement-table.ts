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
      'Roofline step cost vs public step timings: vLLM PR #5691 (Llama-2-7B verification step on one A100, k = 5, MQA scorer; ' +
      'context not stated, 256 tokens assumed) and the specdecode-bench step model (arXiv 2601.11580: vLLM 0.10.1, Llama-3.1-8B ' +
      '+ EAGLE on one H100). offset = the source\'s software offset (measured - roofline at its smallest batch and context, one per source and pass).',
    columns: [
      { key: 'source', label: 'source' },
      { key: 'pass', label: 'pass' },
      { key: 'batch', label: 'batch' },
      { key: 'context_tokens', label: 'context', unit: 'tokens' },
      { key: 'k', label: 'k' },
      { key: 'measured_ms', label: 'measured', unit: 'ms', digits: 2 },
      { key: 'roofline_ms', label: 'roofline', unit: 'ms', digits: 2 },
      { key: 'offset_ms', label: 'offset', unit: 'ms', digits: 2 },
      { key: 'simulated_ms', label: 'simulated', unit: 'ms', digits: 2 },
      { key: 'ratio', label: 'ratio', digits: 3 },
      { key: 'roofline_ratio', label: 'roofline ratio', digits: 3 },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}
