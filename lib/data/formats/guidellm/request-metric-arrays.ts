import type { RequestLog } from '../../benchmark-run.js';

/** Per-request GuideLLM 0.5 metrics of the measured requests of one status, column-wise. */
export interface RequestMetricArrays {
  /** Request ids (indices into the log), in send order. */
  ids: Int32Array;
  startS: Float64Array;
  /** End (completion, error, or the benchmark end for incomplete requests), s. */
  endS: Float64Array;
  latencyS: Float64Array;
  /** NaN when no token arrived. */
  ttftMs: Float64Array;
  /** (last - first token) / (output - 1), ms; 0 with fewer than 2 tokens (weight 0). */
  itlMs: Float64Array;
  /** Weight of itlMs: output - 1 (0 with fewer than 2 tokens). */
  itlWeight: Float64Array;
  /** (last token - start) / output, ms; 0 without tokens (weight 0). */
  tpotMs: Float64Array;
  /** Weight of tpotMs: output tokens. */
  tpotWeight: Float64Array;
  promptTokens: Float64Array;
  outputTokens: Float64Array;
  iterations: Float64Array;
}

/**
 * Extracts the GuideLLM 0.5 per-request metrics (TTFT = first token - start; TPOT = (last token
 * - start) / output tokens; ITL = (last - first token) / (output tokens - 1); latency = end -
 * start) of the measured requests with a given status.
 *
 * @param log the request log
 * @param status 0 successful, 1 incomplete, 2 errored
 * @param durationS benchmark length: the end time used for incomplete requests
 * @returns column arrays, one entry per matching request
 * @throws {Error} `requestMetricArrays requires status 0, 1 or 2`
 * @example
 * const m = requestMetricArrays(benchmark.requests, 0, benchmark.durationS);
 * m.latencyS.length; // measured successful requests
 */
export function requestMetricArrays(log: RequestLog, status: number, durationS: number): RequestMetricArrays {
  if (status !== 0 && status !== 1 && status !== 2) throw new Error(`requestMetricArrays requires status 0, 1 or 2, got ${status}`);
  let n = 0;
  for (let i = 0; i < log.count; i++) if (log.status[i] === status && log.measured[i] === 1) n++;
  const out: RequestMetricArrays = {
    ids: new Int32Array(n),
    startS: new Float64Array(n),
    endS: new Float64Array(n),
    latencyS: new Float64Array(n),
    ttftMs: new Float64Array(n),
    itlMs: new Float64Array(n),
    itlWeight: new Float64Array(n),
    tpotMs: new Float64Array(n),
    tpotWeight: new Float64Array(n),
    promptTokens: new Float64Array(n),
    outputTokens: new Float64Array(n),
    iterations: new Float64Array(n),
  };
  let j = 0;
  for (let i = 0; i < log.count; i++) {
    if (log.status[i] !== status || log.measured[i] !== 1) continue;
    const start = log.startS[i];
    const end = status === 1 ? durationS : log.endS[i];
    const out_ = log.outputTokens[i];
    const first = log.firstTokenS[i];
    const last = log.lastTokenS[i];
    out.ids[j] = i;
    out.startS[j] = start;
    out.endS[j] = end;
    out.latencyS[j] = end - start;
    out.ttftMs[j] = (first - start) * 1000;
    if (out_ >= 2) {
      out.itlMs[j] = ((last - first) * 1000) / (out_ - 1);
      out.itlWeight[j] = out_ - 1;
    }
    if (out_ >= 1) {
      out.tpotMs[j] = ((last - start) * 1000) / out_;
      out.tpotWeight[j] = out_;
    }
    out.promptTokens[j] = log.promptTokens[i];
    out.outputTokens[j] = out_;
    out.iterations[j] = log.iterations[i];
    j++;
  }
  return out;
}

/**
 * Joins the metric arrays of several statuses (e.g. successful, incomplete, errored) into one,
 * in the given order.
 *
 * @param parts metric arrays (at least one)
 * @returns one set of arrays holding every part's entries
 * @throws {Error} `concatMetricArrays requires at least one part`
 * @example
 * concatMetricArrays([0, 1, 2].map((st) => requestMetricArrays(log, st, 90))).ids.length; // measured requests
 */
export function concatMetricArrays(parts: readonly RequestMetricArrays[]): RequestMetricArrays {
  if (parts.length === 0) throw new Error('concatMetricArrays requires at least one part');
  const keys = Object.keys(parts[0]) as Array<keyof RequestMetricArrays>;
  const out: Partial<Record<keyof RequestMetricArrays, Float64Array | Int32Array>> = {};
  for (const key of keys) {
    const n = parts.reduce((a, p) => a + p[key].length, 0);
    const arr = key === 'ids' ? new Int32Array(n) : new Float64Array(n);
    let o = 0;
    for (const p of parts) {
      arr.set(p[key] as ArrayLike<number>, o);
      o += p[key].length;
    }
    out[key] = arr;
  }
  return out as RequestMetricArrays;
}
