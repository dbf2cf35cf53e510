import type { FieldReader, PathSegment } from '../../field-reader.js';

/** The latency columns of one vLLM result and how they were obtained. */
export interface VllmLatency {
  meanS: number;
  p50S: number | null;
  p95S: number | null;
  p99S: number | null;
  /** Largest per-request latency, when the detailed arrays are saved (s). */
  maxS: number | null;
  /** True unless `mean_e2el_ms` was in the file. */
  derived: boolean;
  /** 'mean_e2el_ms', 'mean(latencies)', 'mean(ttft+sum(itl))' or 'mean_ttft+(mean_output_len-1)*mean_tpot'. */
  method: string;
}

/**
 * Reads the end-to-end latency of one `vllm bench serve` result object: `mean_e2el_ms` (with
 * median/p95/p99) when present; else the mean over successful requests of `latencies`, or of
 * ttft + sum(itls), when `--save-detailed` arrays exist; else mean_ttft + (mean output length - 1)
 * * mean_tpot (percentiles then null). The largest per-request latency comes from the detailed
 * arrays when they exist.
 *
 * @param r the field reader
 * @param doc the document root
 * @param b the path of the result object
 * @param completed successful requests (> 0)
 * @returns the latency columns
 * @throws {Error} naming the field when no latency source is usable or an array holds a bad value
 * @example
 * readVllmLatency(reader, doc, [], 200).meanS; // seconds
 */
export function readVllmLatency(r: FieldReader, doc: unknown, b: PathSegment[], completed: number): VllmLatency {
  const at = (key: string): PathSegment[] => [...b, key];
  const ms = (key: string) => r.optionalNumber(doc, at(key), 'nonnegative');
  const seconds = (key: string) => {
    const v = ms(key);
    return v === null ? null : v / 1000;
  };
  const detailed = detailedLatenciesS(r, doc, b);
  const maxS = detailed === null ? null : detailed.maxS;
  const e2el = ms('mean_e2el_ms');
  if (e2el !== null) {
    return { meanS: e2el / 1000, p50S: seconds('median_e2el_ms'), p95S: seconds('p95_e2el_ms'), p99S: seconds('p99_e2el_ms'), maxS, derived: false, method: 'mean_e2el_ms' };
  }
  if (detailed !== null) return { meanS: detailed.meanS, p50S: null, p95S: null, p99S: null, maxS, derived: true, method: detailed.method };
  const meanTtftMs = ms('mean_ttft_ms');
  const meanTpotMs = ms('mean_tpot_ms');
  if (meanTtftMs === null) throw r.error(at('mean_ttft_ms'), 'missing: no mean_e2el_ms or detailed arrays either, cannot derive the latency');
  if (meanTpotMs === null) throw r.error(at('mean_tpot_ms'), 'missing: no mean_e2el_ms or detailed arrays either, cannot derive the latency');
  const meanOut = r.number(doc, at('total_output_tokens'), 'nonnegative') / completed;
  return {
    meanS: (meanTtftMs + Math.max(0, meanOut - 1) * meanTpotMs) / 1000,
    p50S: null,
    p95S: null,
    p99S: null,
    maxS: null,
    derived: true,
    method: 'mean_ttft+(mean_output_len-1)*mean_tpot',
  };
}

/**
 * Mean and largest latency from `--save-detailed` arrays over successful requests (errors[i] ===
 * '' when `errors` is saved): `latencies` when present, else ttfts[i] + sum(itls[i]). Null when
 * the arrays are absent.
 */
function detailedLatenciesS(r: FieldReader, doc: unknown, b: PathSegment[]): { meanS: number; maxS: number; method: string } | null {
  const at = (key: string): PathSegment[] => [...b, key];
  const hasLatencies = r.has(doc, at('latencies'));
  if (!hasLatencies && !(r.has(doc, at('ttfts')) && r.has(doc, at('itls')))) return null;
  const errors = r.has(doc, at('errors')) ? r.array(doc, at('errors')) : null;
  const ok = (i: number) => {
    if (errors === null) return true;
    const e = errors[i];
    return e === '' || e === null || e === undefined;
  };
  let sum = 0;
  let max = 0;
  let n = 0;
  const add = (lat: number) => {
    sum += lat;
    if (lat > max) max = lat;
    n++;
  };
  if (hasLatencies) {
    const lat = r.array(doc, at('latencies'));
    for (let i = 0; i < lat.length; i++) if (ok(i)) add(r.checkNumber(lat[i], [...at('latencies'), i], 'nonnegative'));
  } else {
    const ttfts = r.array(doc, at('ttfts'));
    const itls = r.array(doc, at('itls'));
    if (itls.length !== ttfts.length) {
      throw r.error(at('itls'), `length ${itls.length} differs from ttfts length ${ttfts.length}`);
    }
    for (let i = 0; i < ttfts.length; i++) {
      if (!ok(i)) continue;
      let lat = r.checkNumber(ttfts[i], [...at('ttfts'), i], 'nonnegative');
      const gaps = r.array(doc, [...at('itls'), i]);
      for (let j = 0; j < gaps.length; j++) lat += r.checkNumber(gaps[j], [...at('itls'), i, j], 'nonnegative');
      add(lat);
    }
  }
  const key = hasLatencies ? 'latencies' : 'ttfts';
  if (n === 0) throw r.error(at(key), 'no successful request in the detailed arrays');
  return { meanS: sum / n, maxS: max, method: hasLatencies ? 'mean(latencies)' : 'mean(ttft+sum(itl))' };
}
