import { checkTidyRow } from '../../check-tidy-row.js';
import { collectRows } from '../../collect-rows.js';
import type { MeasurementFormat } from '../../detect-format.js';
import { classifyDocument } from '../../detect-format.js';
import type { PathSegment } from '../../field-reader.js';
import { FieldReader } from '../../field-reader.js';
import type { MeasurementConfig } from '../../measurement-config.js';
import { mergeMeasurementConfig } from '../../measurement-config.js';
import type { CheckedParseOptions, ParseOptions } from '../../parse-options.js';
import { checkParseOptions } from '../../parse-options.js';
import { readDocument } from '../../read-document.js';
import type { Strategy, TidyRow } from '../../tidy-schema.js';

const FN = 'parseVllmBench';

/** Keys `vllm bench serve` itself writes; any other scalar key came from `--metadata`. */
const KNOWN_KEYS = new Set([
  'date', 'endpoint_type', 'backend', 'label', 'model_id', 'tokenizer_id', 'num_prompts', 'request_rate',
  'burstiness', 'max_concurrency', 'duration', 'completed', 'failed', 'total_input_tokens', 'total_output_tokens',
  'request_throughput', 'request_goodput', 'request_goodput:', 'output_throughput', 'total_token_throughput',
  'max_output_tokens_per_s', 'max_concurrent_requests', 'rtfx', 'input_lens', 'output_lens', 'ttfts', 'itls',
  'generated_texts', 'errors', 'start_times', 'latencies',
]);
const METRIC_KEY = /^(mean|median|std|p\d+(\.\d+)?)_[a-z0-9_]+_ms$|^spec_decode_/;
const CONFIG_STRING_KEYS = ['verifier', 'drafter', 'hardware'] as const;
const CONFIG_NUMBER_KEYS = ['prefill_tokens', 'decode_tokens', 'k', 'alpha'] as const;

/**
 * Parses `vllm bench serve` results: one `--save-result` JSON object, `--append-result` JSON
 * Lines (several objects, whatever the file name), or a `vllm bench sweep serve` summary (a
 * JSON list). One row per result object.
 *
 * - strategy: `max_concurrency` set -> concurrent (concurrency = max_concurrency; a finite
 *   `request_rate` is kept as extra `rate_limit_rps`); else `request_rate` "inf" -> throughput;
 *   else poisson with rate_rps = request_rate. vLLM draws gamma inter-arrival times; burstiness 1
 *   is Poisson. Other burstiness values are still labelled poisson (open loop, random arrivals)
 *   and the value is kept in the extra column `burstiness`.
 * - measured_rps = request_throughput; mean_latency_s = mean_e2el_ms / 1000 (p50/p95/p99 from
 *   median/p95/p99_e2el_ms). Without e2el, the latency is derived and marked
 *   `latency_derived: true` with `latency_method`: the mean over successful requests of
 *   `latencies`, or of ttft + sum(itls) when the detailed arrays are saved; otherwise
 *   mean_ttft + (mean output length - 1) * mean_tpot, with mean output length =
 *   total_output_tokens / completed (percentiles then null).
 * - mean_itl_ms = vLLM's mean_tpot_ms (vLLM TPOT = GuideLLM ITL); mean_tpot_ms (GuideLLM's
 *   definition) is null; vLLM's mean_itl_ms (gap between streamed chunks) is kept as extra
 *   `vllm_mean_itl_ms`. mean_concurrency is null (not measured).
 * - completed = completed; errored = failed, or when `failed` is absent num_prompts - completed
 *   (extra `errored_derived: true`).
 * - verifier: options > sidecar > `--metadata verifier=` > model_id. prefill/decode: options >
 *   sidecar > metadata > round(total_input_tokens / completed), round(total_output_tokens / completed).
 * - SD: k: options > sidecar > metadata > length of spec_decode_per_position_acceptance_rates;
 *   drafter: options > sidecar > metadata > 'unknown' when spec_decode_* fields are present.
 *   Extras acceptance_length, acceptance_rate (fraction, from vLLM's percentage) and
 *   acceptance_rate_pos_1..k (fractions). Unknown scalar keys (from `--metadata`) become
 *   extra columns `meta_<key>`.
 *
 * @param text the file's text
 * @param options file name, configuration overrides, sidecar, skipInvalid/warnings
 * @returns one row per result object, in file order
 * @throws {Error} `parseVllmBench: <file>: <field path>: <problem>` (paths start with `[i]` for
 *   lists and JSON Lines, where i counts records from 0)
 * @example
 * parseVllmBench(fs.readFileSync('result.json', 'utf8'), { fileName: 'result.json', hardware: 'H100' });
 */
export function parseVllmBench(text: string, options?: ParseOptions): TidyRow[] {
  const o = checkParseOptions(FN, options);
  const doc = readDocument(text, FN, o.file);
  const format = classifyDocument(doc, FN, o.file);
  if (!format.startsWith('vllm-')) {
    throw new Error(`${FN}: ${o.file}: (document): not a vllm bench result (detected ${format})`);
  }
  return parseVllmBenchCore(doc.value, format, o, FN);
}

/**
 * {@link parseVllmBench} on an already decoded document.
 *
 * @param doc the decoded object, or the list of objects (sweep summary or JSON Lines)
 * @param format vllm-bench, vllm-bench-jsonl or vllm-sweep-summary
 * @param o checked options
 * @param fn the public function's name, for messages
 * @returns the rows
 * @throws {Error} as parseVllmBench
 * @example
 * parseVllmBenchCore(JSON.parse(text), 'vllm-bench', checkParseOptions('f', {}), 'f');
 */
export function parseVllmBenchCore(
  doc: unknown,
  format: MeasurementFormat,
  o: CheckedParseOptions,
  fn: string,
): TidyRow[] {
  const r = new FieldReader(fn, o.file);
  if (format === 'vllm-bench') return [vllmRow(r, doc, [], 0, format, o)];
  const list = r.array(doc, []);
  return collectRows(list.length, (i) => vllmRow(r, doc, [i], i, format, o), o.skipInvalid, o.warnings);
}

function vllmRow(
  r: FieldReader,
  doc: unknown,
  b: PathSegment[],
  index: number,
  format: MeasurementFormat,
  o: CheckedParseOptions,
): TidyRow {
  const rec = r.object(doc, b);
  const at = (key: string): PathSegment[] => [...b, key];
  const extras: Record<string, unknown> = { format, benchmark_index: index };

  // Counts.
  const completed = r.number(doc, at('completed'), 'count');
  if (completed === 0) throw r.error(at('completed'), 'zero successful requests: no latency to report');
  const numPrompts = r.optionalNumber(doc, at('num_prompts'), 'count');
  const failed = r.optionalNumber(doc, at('failed'), 'count');
  let errored: number;
  if (failed !== null) {
    errored = failed;
    extras.errored_derived = false;
  } else {
    errored = numPrompts !== null ? Math.max(0, numPrompts - completed) : 0;
    extras.errored_derived = true;
  }
  extras.num_prompts = numPrompts;

  // Load strategy.
  const rate = readRequestRate(r, doc, at('request_rate'));
  const maxConcurrency = r.optionalNumber(doc, at('max_concurrency'), 'count');
  if (maxConcurrency === 0) throw r.error(at('max_concurrency'), 'zero');
  extras.burstiness = r.optionalNumber(doc, at('burstiness'), 'nonnegative');
  let strategy: Strategy;
  let rateRps: number | null = null;
  if (maxConcurrency !== null) {
    strategy = 'concurrent';
    extras.rate_limit_rps = Number.isFinite(rate) ? rate : null;
  } else if (!Number.isFinite(rate)) {
    strategy = 'throughput';
  } else {
    strategy = 'poisson';
    rateRps = rate;
  }

  // Latency.
  const ms = (key: string) => r.optionalNumber(doc, at(key), 'nonnegative');
  const meanTtftMs = ms('mean_ttft_ms');
  const meanTpotMs = ms('mean_tpot_ms');
  let meanLatencyS: number;
  let p50: number | null = null;
  let p95: number | null = null;
  let p99: number | null = null;
  const e2el = ms('mean_e2el_ms');
  if (e2el !== null) {
    meanLatencyS = e2el / 1000;
    const pct = (key: string) => {
      const v = ms(key);
      return v === null ? null : v / 1000;
    };
    p50 = pct('median_e2el_ms');
    p95 = pct('p95_e2el_ms');
    p99 = pct('p99_e2el_ms');
    extras.latency_derived = false;
    extras.latency_method = 'mean_e2el_ms';
  } else {
    extras.latency_derived = true;
    const detailed = detailedMeanLatencyS(r, doc, b);
    if (detailed !== null) {
      meanLatencyS = detailed.meanS;
      extras.latency_method = detailed.method;
    } else {
      if (meanTtftMs === null) throw r.error(at('mean_ttft_ms'), 'missing: no mean_e2el_ms or detailed arrays either, cannot derive the latency');
      if (meanTpotMs === null) throw r.error(at('mean_tpot_ms'), 'missing: no mean_e2el_ms or detailed arrays either, cannot derive the latency');
      const outTokens = r.number(doc, at('total_output_tokens'), 'nonnegative');
      const meanOut = outTokens / completed;
      meanLatencyS = (meanTtftMs + Math.max(0, meanOut - 1) * meanTpotMs) / 1000;
      extras.latency_method = 'mean_ttft+(mean_output_len-1)*mean_tpot';
    }
  }

  // Configuration from the file content.
  const fromFile: MeasurementConfig = {};
  const model = r.optionalString(doc, at('model_id'));
  if (model) fromFile.verifier = model;
  readMetadataConfig(r, doc, b, rec, fromFile);
  const config = mergeMeasurementConfig(o.config, o.sidecar, fromFile);
  if (config.verifier === undefined) throw r.error(at('model_id'), 'missing: no model name (pass the verifier as an option or in a sidecar)');
  const meanTokens = (key: string): number => {
    const total = r.number(doc, at(key), 'nonnegative');
    const n = Math.round(total / completed);
    if (n < 1) throw r.error(at(key), `mean tokens per completed request ${total / completed} rounds below 1`);
    return n;
  };
  const prefill = config.prefill_tokens ?? meanTokens('total_input_tokens');
  const decode = config.decode_tokens ?? meanTokens('total_output_tokens');

  // Speculative decoding.
  const sdPresent = Object.keys(rec).some((key) => key.startsWith('spec_decode_') && rec[key] !== null);
  const perPosPath = at('spec_decode_per_position_acceptance_rates');
  let perPos: number[] | null = null;
  if (r.has(doc, perPosPath)) {
    perPos = r.array(doc, perPosPath).map((_, j) => r.number(doc, [...perPosPath, j], 'nonnegative'));
  }
  const acceptanceLength = r.optionalNumber(doc, at('spec_decode_acceptance_length'), 'nonnegative');
  const acceptancePct = r.optionalNumber(doc, at('spec_decode_acceptance_rate'), 'nonnegative');
  let k = config.k;
  if (k === undefined) {
    if (perPos !== null) k = perPos.length;
    else if (sdPresent) throw r.error(perPosPath, 'missing: spec_decode fields are present but k cannot be told (pass k)');
    else k = 0;
  }
  const drafter = config.drafter ?? (k > 0 ? 'unknown' : '');
  if (sdPresent) {
    extras.acceptance_length = acceptanceLength;
    extras.acceptance_rate = acceptancePct === null ? null : acceptancePct / 100;
    (perPos ?? []).forEach((v, j) => {
      extras[`acceptance_rate_pos_${j + 1}`] = v;
    });
  }
  extras.vllm_mean_itl_ms = ms('mean_itl_ms');

  // Unknown scalar keys: `--metadata` pairs.
  for (const [key, v] of Object.entries(rec)) {
    if (KNOWN_KEYS.has(key) || METRIC_KEY.test(key)) continue;
    if ((CONFIG_STRING_KEYS as readonly string[]).includes(key) || (CONFIG_NUMBER_KEYS as readonly string[]).includes(key)) continue;
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) {
      extras[`meta_${key}`] = v;
    }
  }

  const row: TidyRow = {
    verifier: config.verifier,
    drafter,
    hardware: config.hardware ?? '',
    prefill_tokens: prefill,
    decode_tokens: decode,
    k,
    alpha: config.alpha ?? null,
    strategy,
    rate_rps: rateRps,
    concurrency: maxConcurrency,
    measured_rps: r.number(doc, at('request_throughput'), 'nonnegative'),
    mean_latency_s: meanLatencyS,
    p50_latency_s: p50,
    p95_latency_s: p95,
    p99_latency_s: p99,
    mean_ttft_ms: meanTtftMs,
    mean_itl_ms: meanTpotMs,
    mean_tpot_ms: null,
    mean_concurrency: null,
    completed,
    errored,
    source: b.length === 0 ? o.file : `${o.file}#[${index}]`,
    ...extras,
  };
  return checkTidyRow(row, r.fn, r.file, FieldReader.formatPath(b));
}

/** `request_rate`: a positive number, or the string "inf" (Infinity). */
function readRequestRate(r: FieldReader, doc: unknown, path: PathSegment[]): number {
  const v = r.lookup(doc, path);
  if (v === undefined || v === null) throw r.error(path, 'missing');
  if (typeof v === 'string' && /^(\+?inf(inity)?)$/i.test(v.trim())) return Infinity;
  const rate = r.checkNumber(v, path, 'nonnegative');
  if (rate === 0) throw r.error(path, 'zero request rate');
  return rate;
}

/**
 * Mean latency from `--save-detailed` arrays over successful requests (errors[i] === '' when
 * `errors` is saved): `latencies` when present, else ttfts[i] + sum(itls[i]). Null when the
 * arrays are absent.
 */
function detailedMeanLatencyS(
  r: FieldReader,
  doc: unknown,
  b: PathSegment[],
): { meanS: number; method: string } | null {
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
  let n = 0;
  if (hasLatencies) {
    const lat = r.array(doc, at('latencies'));
    for (let i = 0; i < lat.length; i++) {
      if (!ok(i)) continue;
      sum += r.checkNumber(lat[i], [...at('latencies'), i], 'nonnegative');
      n++;
    }
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
      sum += lat;
      n++;
    }
  }
  const key = hasLatencies ? 'latencies' : 'ttfts';
  if (n === 0) throw r.error(at(key), 'no successful request in the detailed arrays');
  return { meanS: sum / n, method: hasLatencies ? 'mean(latencies)' : 'mean(ttft+sum(itl))' };
}

/** Reads speclat configuration keys passed through `vllm bench serve --metadata key=value`. */
function readMetadataConfig(
  r: FieldReader,
  doc: unknown,
  b: PathSegment[],
  rec: Record<string, unknown>,
  out: MeasurementConfig,
): void {
  for (const key of CONFIG_STRING_KEYS) {
    const v = rec[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || (key === 'verifier' && v === '')) throw r.error([...b, key], `not a non-empty string (got ${JSON.stringify(v)})`);
    out[key] = v;
  }
  for (const key of CONFIG_NUMBER_KEYS) {
    const v = rec[key];
    if (v === undefined || v === null) continue;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    const path = [...b, key];
    const num = r.checkNumber(n, path, key === 'alpha' ? 'nonnegative' : 'count');
    if (key === 'alpha') {
      if (num > 1) throw r.error(path, `alpha above 1 (got ${num})`);
      out.alpha = num;
    } else if (key === 'k') {
      out.k = num;
    } else {
      if (num < 1) throw r.error(path, `not a positive integer (got ${num})`);
      out[key] = num;
    }
  }
}
