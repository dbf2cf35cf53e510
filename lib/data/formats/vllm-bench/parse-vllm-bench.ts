import { checkTidyRow } from '../../check-tidy-row.js';
import { collectRows } from '../../collect-rows.js';
import type { MeasurementFormat } from '../../detect-format.js';
import { classifyDocument } from '../../detect-format.js';
import type { PathSegment } from '../../field-reader.js';
import { FieldReader } from '../../field-reader.js';
import type { MeasurementConfig } from '../../measurement-config.js';
import { mergeMeasurementConfig } from '../../measurement-config.js';
import { modelIdOf } from '../../model-id.js';
import type { MeasuredAcceptance } from '../../acceptance-columns.js';
import { acceptanceColumns, lowAcceptanceWarning } from '../../acceptance-columns.js';
import { CONFIG_NUMBER_KEYS, CONFIG_STRING_KEYS, STATED_LENGTH_KEYS, readVllmConfig } from './read-vllm-config.js';
import { readVllmLatency } from './read-vllm-latency.js';
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
  'generated_texts', 'errors', 'start_times', 'latencies', ...STATED_LENGTH_KEYS,
]);
const METRIC_KEY = /^(mean|median|std|p\d+(\.\d+)?)_[a-z0-9_]+_ms$|^spec_decode_/;

/**
 * Parses `vllm bench serve` results: one `--save-result` JSON object, `--append-result` JSON
 * Lines (several objects, whatever the file name), or a `vllm bench sweep serve` summary (a
 * JSON list). One row per result object.
 *
 * - strategy: a finite `request_rate` -> poisson with rate_rps = request_rate (open loop; a
 *   `max_concurrency` cap is kept as extra `max_concurrency`, and the exclusion rules check
 *   whether it throttled the arrivals); `request_rate` "inf" with `max_concurrency` -> concurrent
 *   (closed loop, concurrency = max_concurrency); "inf" alone -> throughput (one burst of
 *   num_prompts). vLLM draws gamma inter-arrival times; burstiness 1 is Poisson. Other
 *   burstiness values are still labelled poisson (open loop, random arrivals) and the value is
 *   kept in the extra column `burstiness`.
 * - measured_rps = request_throughput (completed / duration: the drain of the last requests
 *   included); mean_latency_s = mean_e2el_ms / 1000 (p50/p95/p99 from median/p95/p99_e2el_ms).
 *   Without e2el, the latency is derived and marked `latency_derived: true` with
 *   `latency_method` (see readVllmLatency).
 * - mean_itl_ms = vLLM's mean_tpot_ms (vLLM TPOT = GuideLLM ITL); mean_tpot_ms (GuideLLM's
 *   definition) is null; vLLM's mean_itl_ms (gap between streamed chunks) is kept as extra
 *   `vllm_mean_itl_ms`. mean_concurrency is null (not measured).
 * - completed = completed; errored = failed, or when `failed` is absent num_prompts - completed
 *   (extra `errored_derived: true`). Extras for the exclusion rules: num_prompts, duration_s,
 *   max_concurrent_requests (newer vLLM: peak requests in flight, counted per second),
 *   max_latency_s (largest request latency, from the detailed arrays).
 * - verifier: options > sidecar > `--metadata verifier=` > model_id (a local or Hugging Face
 *   cache path becomes the model id, see modelIdOf; the raw value is kept in `verifier_raw`).
 * - prefill/decode: options > sidecar > the lengths the record states (`--metadata
 *   prefill_tokens=`, or random_prefix_len + random_input_len and random_output_len, which `vllm
 *   bench sweep serve` records when they are swept) > round(total_input_tokens / completed),
 *   round(total_output_tokens / completed). Extras `prefill_tokens_from` / `decode_tokens_from`
 *   ('stated' or 'mean') and the exact means `mean_prompt_tokens` / `mean_output_tokens`
 *   (loadMeasurements then gives the files of one sweep one nominal length, see nominalLengths).
 * - SD: k: options > sidecar > metadata > length of spec_decode_per_position_acceptance_rates;
 *   drafter: options > sidecar > metadata > 'unknown' when spec_decode_* fields are present.
 *   Extras (see acceptanceColumns): acceptance_length, acceptance_rate (fraction, from vLLM's
 *   percentage), acceptance_rate_pos_1..k (fractions), num_drafts, draft_tokens, accepted_tokens,
 *   and alpha_estimate (the i.i.d. alpha with E(alpha, k) = acceptance_length; `alpha` stays the
 *   configured one). Fewer than `minAcceptance` of the drafted tokens accepted adds a note to
 *   `warnings` naming the file.
 * - Unknown scalar keys (from `--metadata`) become extra columns `meta_<key>`.
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
  extras.duration_s = r.optionalNumber(doc, at('duration'), 'nonnegative');
  const peak = r.optionalNumber(doc, at('max_concurrent_requests'), 'count');
  if (peak !== null) extras.max_concurrent_requests = peak;

  // Load strategy: a finite rate is open loop (poisson), capped or not; rate inf with a
  // concurrency cap is closed loop; rate inf alone is one burst of num_prompts.
  const rate = readRequestRate(r, doc, at('request_rate'));
  const maxConcurrency = r.optionalNumber(doc, at('max_concurrency'), 'count');
  if (maxConcurrency === 0) throw r.error(at('max_concurrency'), 'zero');
  extras.burstiness = r.optionalNumber(doc, at('burstiness'), 'nonnegative');
  let strategy: Strategy;
  let rateRps: number | null = null;
  let concurrency: number | null = null;
  if (Number.isFinite(rate)) {
    strategy = 'poisson';
    rateRps = rate;
    if (maxConcurrency !== null) extras.max_concurrency = maxConcurrency;
  } else if (maxConcurrency !== null) {
    strategy = 'concurrent';
    concurrency = maxConcurrency;
  } else {
    strategy = 'throughput';
  }

  const latency = readVllmLatency(r, doc, b, completed);
  extras.latency_derived = latency.derived;
  extras.latency_method = latency.method;
  if (latency.maxS !== null) extras.max_latency_s = latency.maxS;

  // Configuration: options > sidecar > --metadata / swept lengths > model_id and mean lengths.
  const fromFile: MeasurementConfig = readVllmConfig(r, b, rec);
  const model = r.optionalString(doc, at('model_id'));
  const modelId = model ? modelIdOf(model) : null;
  if (modelId && fromFile.verifier === undefined) fromFile.verifier = modelId.id;
  const config = mergeMeasurementConfig(o.config, o.sidecar, fromFile);
  if (config.verifier === undefined) throw r.error(at('model_id'), 'missing: no model name (pass the verifier as an option or in a sidecar)');
  if (modelId?.changed && config.verifier === modelId.id) extras.verifier_raw = model;
  const meanTokens = (key: string): number => r.number(doc, at(key), 'nonnegative') / completed;
  const meanPrompt = meanTokens('total_input_tokens');
  const meanOutput = meanTokens('total_output_tokens');
  extras.mean_prompt_tokens = meanPrompt;
  extras.mean_output_tokens = meanOutput;
  const rounded = (mean: number, key: string): number => {
    const n = Math.round(mean);
    if (n < 1) throw r.error(at(key), `mean tokens per completed request ${mean} rounds below 1`);
    return n;
  };
  const prefill = config.prefill_tokens ?? rounded(meanPrompt, 'total_input_tokens');
  const decode = config.decode_tokens ?? rounded(meanOutput, 'total_output_tokens');
  extras.prefill_tokens_from = config.prefill_tokens === undefined ? 'mean' : 'stated';
  extras.decode_tokens_from = config.decode_tokens === undefined ? 'mean' : 'stated';

  // Speculative decoding.
  const sd = readSpecDecode(r, doc, b, rec);
  let k = config.k;
  if (k === undefined) {
    if (sd.perPosition !== null) k = sd.perPosition.length;
    else if (sd.present) throw r.error(at('spec_decode_per_position_acceptance_rates'), 'missing: spec_decode fields are present but k cannot be told (pass k)');
    else k = 0;
  }
  const drafter = config.drafter ?? (k > 0 ? 'unknown' : '');
  if (sd.present) {
    const measured = { ...sd, k };
    Object.assign(extras, acceptanceColumns(measured));
    const note = o.minAcceptance > 0 ? lowAcceptanceWarning(measured, o.minAcceptance, b.length === 0 ? o.file : `${o.file}#[${index}]`) : null;
    if (note !== null) o.warnings?.push(note);
  }
  extras.vllm_mean_itl_ms = r.optionalNumber(doc, at('mean_itl_ms'), 'nonnegative');

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
    concurrency,
    measured_rps: r.number(doc, at('request_throughput'), 'nonnegative'),
    mean_latency_s: latency.meanS,
    p50_latency_s: latency.p50S,
    p95_latency_s: latency.p95S,
    p99_latency_s: latency.p99S,
    mean_ttft_ms: r.optionalNumber(doc, at('mean_ttft_ms'), 'nonnegative'),
    mean_itl_ms: r.optionalNumber(doc, at('mean_tpot_ms'), 'nonnegative'),
    mean_tpot_ms: null,
    mean_concurrency: null,
    completed,
    errored,
    source: b.length === 0 ? o.file : `${o.file}#[${index}]`,
    ...extras,
  };
  return checkTidyRow(row, r.fn, r.file, FieldReader.formatPath(b));
}

/** The `spec_decode_*` fields of one result (vLLM after 0.13); `present` when any is set. */
function readSpecDecode(
  r: FieldReader,
  doc: unknown,
  b: PathSegment[],
  rec: Record<string, unknown>,
): Omit<MeasuredAcceptance, 'k'> & { present: boolean } {
  const at = (key: string): PathSegment[] => [...b, key];
  const perPosPath = at('spec_decode_per_position_acceptance_rates');
  const perPosition = r.has(doc, perPosPath) ? r.array(doc, perPosPath).map((_, j) => r.number(doc, [...perPosPath, j], 'nonnegative')) : null;
  const pct = r.optionalNumber(doc, at('spec_decode_acceptance_rate'), 'nonnegative');
  return {
    present: Object.keys(rec).some((key) => key.startsWith('spec_decode_') && rec[key] !== null),
    acceptanceLength: r.optionalNumber(doc, at('spec_decode_acceptance_length'), 'nonnegative'),
    acceptanceRate: pct === null ? null : pct / 100,
    perPosition,
    numDrafts: r.optionalNumber(doc, at('spec_decode_num_drafts'), 'count'),
    draftTokens: r.optionalNumber(doc, at('spec_decode_draft_tokens'), 'count'),
    acceptedTokens: r.optionalNumber(doc, at('spec_decode_accepted_tokens'), 'count'),
  };
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
