import { describe, expect, it } from 'vitest';
import { requestMetricArrays } from '../../../../lib/data/formats/guidellm/request-metric-arrays.js';
import { handLog } from './hand-log.js';

describe('requestMetricArrays', () => {
  it('computes GuideLLM 0.5 per-request TTFT, TPOT, ITL and latency for one status', () => {
    const m = requestMetricArrays(handLog(), 0, 10);
    expect(Array.from(m.ids)).toEqual([0, 1]); // request 4 is outside the window
    expect(m.latencyS[0]).toBe(1.5);
    expect(m.ttftMs[0]).toBe(500);
    expect(m.tpotMs[0]).toBeCloseTo((1.5 * 1000) / 11, 12); // (last token - start) / output
    expect(m.itlMs[0]).toBeCloseTo((1.0 * 1000) / 10, 12); // (last - first) / (output - 1)
    expect(m.itlWeight[0]).toBe(10);
    expect(m.tpotWeight[1]).toBe(5);
    expect(m.ttftMs[1]).toBeCloseTo(200, 9);
  });

  it('ends incomplete requests at the benchmark end and keeps errored ones', () => {
    const inc = requestMetricArrays(handLog(), 1, 10);
    expect(Array.from(inc.ids)).toEqual([2]);
    expect(inc.latencyS[0]).toBe(8);
    const err = requestMetricArrays(handLog(), 2, 10);
    expect(err.latencyS[0]).toBeCloseTo(0.001, 12);
    expect(Number.isNaN(err.ttftMs[0])).toBe(true);
    expect(err.tpotWeight[0]).toBe(0);
    expect(() => requestMetricArrays(handLog(), 3, 10)).toThrow(/status 0, 1 or 2/);
  });
});
