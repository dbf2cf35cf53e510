import { checkTidyRow } from '../../check-tidy-row.js';
import { collectRows } from '../../collect-rows.js';
import { classifyDocument } from '../../detect-format.js';
import type { PathSegment } from '../../field-reader.js';
import { FieldReader } from '../../field-reader.js';
import type { MeasurementConfig } from '../../measurement-config.js';
import { mergeMeasurementConfig } from '../../measurement-config.js';
import type { CheckedParseOptions, ParseOptions } from '../../parse-options.js';
import { checkParseOptions } from '../../parse-options.js';
import { readDocument } from '../../read-document.js';
import { readGuidellmMetrics } from '../guidellm/read-guidellm-metrics.js';
import type { Strategy, TidyRow } from '../../tidy-schema.js';

const FN = 'parseReducedSweep';

/**
 * The speculators-scaling file name pattern; groups: verifier, alpha, k, prefill, decode,
 * GuideLLM max concurrency.
 */
const NAME_PATTERN =
  /(?:^|[\\/])output_([^_\\/]+)_FS_alpha-(\d+(?:\.\d+)?)_draft-(\d+)_prompt-(\d+)_output-(\d+)_concurrency-(\d+)_reduced\.json$/;

/**
 * Hardware of the speculators-scaling runs. The files do not name the GPU; the paper states
 * one A100 SXM for the dense models up to 32B, and its memory size is taken as 80 GB.
 */
export const SPECULATORS_SCALING_HARDWARE = 'A100-80GB';

/**
 * Parses a reduced GuideLLM sweep (the speculators-scaling `*_reduced.json` files): a JSON list
 * of metric-distribution objects, one per benchmark, in the order GuideLLM's sweep ran them.
 *
 * - strategy from the position: 0 synchronous, 1 throughput, 2.. constant (increasing rates).
 *   The target rate of the constant benchmarks is not stored, so `rate_rps` is null; the
 *   measured rate is `measured_rps`. The list may hold any number of benchmarks.
 * - configuration from the file name
 *   `output_<verifier>_FS_alpha-<A>_draft-<K>_prompt-<P>_output-<G>_concurrency-<C>_reduced.json`:
 *   verifier `<verifier>` (e.g. Qwen3-8B), drafter `EAGLE(<verifier>)` (the EAGLE speculator head
 *   trained for that verifier), hardware 'A100-80GB' (see SPECULATORS_SCALING_HARDWARE), k, alpha,
 *   prefill, decode; extra column `max_concurrency` = C. Options and a sidecar override the name.
 *   When the name does not match, the verifier must come from options or a sidecar, and the
 *   token lengths fall back to the rounded measured means.
 * - completed / errored / incomplete are the `request_latency` successful / errored / incomplete counts.
 *
 * @param text the file's text
 * @param options file name (needed for the configuration), overrides, sidecar, skipInvalid/warnings
 * @returns one row per list entry
 * @throws {Error} `parseReducedSweep: <file>: [<i>].<field path>: <problem>`, or a message naming
 *   the file name pattern when the configuration cannot be determined
 * @example
 * parseReducedSweep(text, { fileName: 'output_Qwen3-8B_FS_alpha-0.70_draft-3_prompt-512_output-128_concurrency-128_reduced.json' });
 */
export function parseReducedSweep(text: string, options?: ParseOptions): TidyRow[] {
  const o = checkParseOptions(FN, options);
  const doc = readDocument(text, FN, o.file);
  const format = classifyDocument(doc, FN, o.file);
  if (format !== 'speculators-reduced') {
    throw new Error(`${FN}: ${o.file}: (document): not a reduced GuideLLM sweep (detected ${format})`);
  }
  return parseReducedSweepCore(doc.value, o, FN);
}

/**
 * {@link parseReducedSweep} on an already decoded list.
 *
 * @param doc the decoded list
 * @param o checked options
 * @param fn the public function's name, for messages
 * @returns the rows
 * @throws {Error} as parseReducedSweep
 * @example
 * parseReducedSweepCore(JSON.parse(text), checkParseOptions('f', { fileName }), 'f');
 */
export function parseReducedSweepCore(doc: unknown, o: CheckedParseOptions, fn: string): TidyRow[] {
  const r = new FieldReader(fn, o.file);
  const list = r.array(doc, []);
  if (list.length === 0) throw r.error([], 'empty list: no benchmark');

  const fromName: MeasurementConfig = {};
  let maxConcurrency: number | null = null;
  const match = NAME_PATTERN.exec(o.file);
  if (match) {
    const [, verifier, alpha, k, prefill, decode, conc] = match;
    fromName.verifier = verifier;
    fromName.drafter = `EAGLE(${verifier})`;
    fromName.hardware = SPECULATORS_SCALING_HARDWARE;
    fromName.alpha = Number(alpha);
    fromName.k = Number(k);
    fromName.prefill_tokens = Number(prefill);
    fromName.decode_tokens = Number(decode);
    maxConcurrency = Number(conc);
    if (fromName.alpha > 1) throw new Error(`${fn}: ${o.file}: (file name): alpha ${alpha} is above 1`);
    if (fromName.k === 0) fromName.drafter = '';
  }
  const config = mergeMeasurementConfig(o.config, o.sidecar, fromName);
  if (config.verifier === undefined) {
    throw new Error(
      `${fn}: ${o.file}: (file name): does not match ` +
        'output_<verifier>_FS_alpha-<A>_draft-<K>_prompt-<P>_output-<G>_concurrency-<C>_reduced.json; ' +
        'pass the verifier (and drafter, k, alpha, prefill_tokens, decode_tokens) as options or in a sidecar',
    );
  }
  const verifier = config.verifier;
  return collectRows(
    list.length,
    (i) => reducedRow(r, doc, i, config, verifier, maxConcurrency, o.file),
    o.skipInvalid,
    o.warnings,
  );
}

/** The strategy of the i-th benchmark of a GuideLLM sweep. */
function sweepStrategy(i: number): Strategy {
  return i === 0 ? 'synchronous' : i === 1 ? 'throughput' : 'constant';
}

function reducedRow(
  r: FieldReader,
  doc: unknown,
  i: number,
  config: MeasurementConfig,
  verifier: string,
  maxConcurrency: number | null,
  file: string,
): TidyRow {
  const b: PathSegment[] = [i];
  r.object(doc, b);
  const completed = r.number(doc, [...b, 'request_latency', 'successful', 'count'], 'count');
  if (completed === 0) {
    throw r.error([...b, 'request_latency', 'successful', 'count'], 'zero successful requests: no latency to report');
  }
  const errored = r.number(doc, [...b, 'request_latency', 'errored', 'count'], 'count');
  const incomplete = r.optionalNumber(doc, [...b, 'request_latency', 'incomplete', 'count'], 'count');
  const m = readGuidellmMetrics(r, doc, b);
  const rounded = (mean: number | null, metric: string): number => {
    const path = [...b, metric, 'successful', 'mean'];
    if (mean === null) throw r.error(path, 'missing: no token length in the file name or options either');
    return Math.round(mean);
  };
  const row: TidyRow = {
    verifier,
    drafter: config.drafter ?? '',
    hardware: config.hardware ?? '',
    prefill_tokens: config.prefill_tokens ?? rounded(m.mean_prompt_tokens, 'prompt_token_count'),
    decode_tokens: config.decode_tokens ?? rounded(m.mean_output_tokens, 'output_token_count'),
    k: config.k ?? 0,
    alpha: config.alpha ?? null,
    strategy: sweepStrategy(i),
    rate_rps: null,
    concurrency: null,
    measured_rps: m.measured_rps,
    mean_latency_s: m.mean_latency_s,
    p50_latency_s: m.p50_latency_s,
    p95_latency_s: m.p95_latency_s,
    p99_latency_s: m.p99_latency_s,
    mean_ttft_ms: m.mean_ttft_ms,
    mean_itl_ms: m.mean_itl_ms,
    mean_tpot_ms: m.mean_tpot_ms,
    mean_concurrency: m.mean_concurrency,
    completed,
    errored,
    source: `${file}#[${i}]`,
    format: 'speculators-reduced',
    benchmark_index: i,
    incomplete,
    max_concurrency: maxConcurrency,
    mean_prompt_tokens: m.mean_prompt_tokens,
    mean_output_tokens: m.mean_output_tokens,
  };
  return checkTidyRow(row, r.fn, r.file, FieldReader.formatPath(b));
}
