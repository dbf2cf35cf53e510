import { describe, expect, it } from 'vitest';
import { stepCostData } from '../../../lib/paper/reality-check/step-cost-data.js';
import { agreementRow as row } from './agreement-row-factory.js';

const ROWS = [
  row('vllm-pr5691', 'verify', 4, 256, 5, 13.7, 9.6, 4.1),
  row('vllm-pr5691', 'verify', 8, 256, 5, 14.8, 10.9, 4.1),
  row('specdecode-bench', 'decode', 1, 1024, 0, 5.95, 6.0, -0.05),
  row('specdecode-bench', 'eagle_draft', 1, 2048, 0, 2.14, 1.5, 0.64),
];

describe('stepCostData', () => {
  it('makes one panel per source and context, one series per pass, in ms', () => {
    const d = stepCostData(ROWS);
    expect(d.measured[0]).toEqual({ source: 'vLLM PR #5691 (A100), context 256', series: 'verify k = 5', batchSize: 4, stepMs: 13.7 });
    expect(d.simulated[1].stepMs).toBeCloseTo(10.9 + 4.1, 12);
    expect(d.measured[2].series).toBe('decode (1 token)');
    expect(d.measured[3]).toEqual({ source: 'specdecode-bench (H100), context 2048', series: 'EAGLE draft', batchSize: 1, stepMs: 2.14 });
  });

  it('names a whole speculative step by its k', () => {
    expect(stepCostData([row('specdecode-bench', 'sd_step', 4, 256, 3, 20, 19, 0)]).measured[0].series).toBe('SD step k = 3');
  });

  it('keeps only the chosen contexts and names unknown sources and passes as given', () => {
    const d = stepCostData([...ROWS, row('other', 'prefill', 2, 256, 0, 1, 1, 0)], { contexts: [256] });
    expect(d.measured.map((p) => p.batchSize)).toEqual([4, 8, 2]);
    expect(d.measured[2]).toEqual({ source: 'other, context 256', series: 'prefill', batchSize: 2, stepMs: 1 });
  });

  it('rejects empty input, missing numbers and a filter that keeps nothing', () => {
    expect(() => stepCostData([])).toThrow('stepCostData requires a non-empty array of agreement rows');
    expect(() => stepCostData([{ ...ROWS[0], simulated_ms: NaN }])).toThrow('stepCostData requires rows[0].simulated_ms to be a finite number');
    expect(() => stepCostData(ROWS, { contexts: [99] })).toThrow('stepCostData requires options.contexts to keep at least one row');
  });
});
