import { collectRows } from '../../collect-rows.js';
import { checkTidyRow } from '../../check-tidy-row.js';
import type { MeasurementFormat } from '../../detect-format.js';
import { classifyDocument } from '../../detect-format.js';
import type { PathSegment } from '../../field-reader.js';
import { FieldReader } from '../../field-reader.js';
import { guidellmTokenConfig } from './guidellm-token-config.js';
import type { MeasurementConfig } from '../../measurement-config.js';
import { mergeMeasurementConfig } from '../../measurement-config.js';
import { acceptanceColumns, lowAcceptanceWarning } from '../../acceptance-columns.js';
import type { ModelId } from '../../model-id.js';
import { modelIdOf } from '../../model-id.js';
import type { CheckedParseOptions, ParseOptions } from '../../parse-options.js';
import { checkParseOptions } from '../../parse-options.js';
import { readDocument } from '../../read-document.js';
import { readGuidellmMetrics } from './read-guidellm-metrics.js';
import type { Strategy, TidyRow } from '../../tidy-schema.js';
import { STRATEGIES } from '../../tidy-schema.js';

const FN = 'parseGuidellmReport';

/**
 * Parses a GuideLLM benchmark report (JSON or YAML; 0.2/0.3, 0.4, 0.5/0.6 and 0.7+ layouts)
 * into tidy rows, one per benchmark (strategy) of the report.
 *
 * - verifier: options > sidecar > the backend model named in the file (a local or Hugging Face
 *   cache path becomes the model id, see modelIdOf; the raw name is kept in extra `verifier_raw`).
 * - prefill/decode tokens: options > sidecar > the synthetic data config
 *   (`prompt_tokens=512,output_tokens=128` or equivalent) > the rounded mean of the successful
 *   `prompt_token_count` / `output_token_count`; extras `prefill_tokens_from` / `decode_tokens_from`
 *   say which ('stated' or 'mean'; loadMeasurements then gives the benchmarks of one sweep one
 *   nominal length, see nominalLengths).
 * - drafter, hardware, k, alpha: options > sidecar > '' / '' / 0 / null (GuideLLM does not record them).
 * - strategy, rate_rps (constant/poisson `rate`), concurrency (concurrent `streams`) from the
 *   benchmark's strategy; metrics are the successful-request means (see readGuidellmMetrics).
 * - extra columns: format, benchmark_index, incomplete, mean_prompt_tokens,
 *   mean_output_tokens, mean_output_tokens_per_iteration, the open-loop strategy's
 *   `max_concurrency` cap (0.4+), and for runs with k > 0 the acceptance columns of
 *   acceptanceColumns with acceptance_length = mean output tokens per streamed iteration (the
 *   server streams one chunk per engine step) and alpha_estimate from it; fewer than
 *   `minAcceptance` accepted tokens per drafted token adds a note to `warnings`.
 *
 * @param text the report's text
 * @param options file name, configuration overrides, sidecar, skipInvalid/warnings
 * @returns one row per benchmark, in file order
 * @throws {Error} `parseGuidellmReport: <file>: <field path>: <problem>`, e.g.
 *   `parseGuidellmReport: results.json: benchmarks[2].metrics.request_latency.successful.mean: not a finite number (got "x")`;
 *   a benchmark with zero successful requests is an error (or a warning with skipInvalid)
 * @example
 * const rows = parseGuidellmReport(fs.readFileSync('benchmarks.json', 'utf8'), { fileName: 'benchmarks.json', hardware: 'H100' });
 * rows[0].mean_latency_s; // seconds
 */
export function parseGuidellmReport(text: string, options?: ParseOptions): TidyRow[] {
  const o = checkParseOptions(FN, options);
  const doc = readDocument(text, FN, o.file);
  const format = classifyDocument(doc, FN, o.file);
  if (!format.startsWith('guidellm-')) {
    throw new Error(`${FN}: ${o.file}: (document): not a GuideLLM report (detected ${format})`);
  }
  return parseGuidellmReportCore(doc.value, format, o, FN);
}

/**
 * {@link parseGuidellmReport} on an already decoded and classified document.
 *
 * @param doc the decoded report
 * @param format one of the guidellm-* format ids
 * @param o checked options
 * @param fn the public function's name, for messages
 * @returns the rows
 * @throws {Error} as parseGuidellmReport
 * @example
 * parseGuidellmReportCore(JSON.parse(text), 'guidellm-0.5', checkParseOptions('f', {}), 'f');
 */
export function parseGuidellmReportCore(
  doc: unknown,
  format: MeasurementFormat,
  o: CheckedParseOptions,
  fn: string,
): TidyRow[] {
  const r = new FieldReader(fn, o.file);
  const benchmarks = r.array(doc, ['benchmarks']);
  if (benchmarks.length === 0) throw r.error(['benchmarks'], 'empty: the report holds no benchmark');
  const old = format === 'guidellm-0.3';
  return collectRows(
    benchmarks.length,
    (i) => guidellmRow(r, doc, format, old, i, o),
    o.skipInvalid,
    o.warnings,
  );
}

function guidellmRow(
  r: FieldReader,
  doc: unknown,
  format: MeasurementFormat,
  old: boolean,
  i: number,
  o: CheckedParseOptions,
): TidyRow {
  const b: PathSegment[] = ['benchmarks', i];
  r.object(doc, b);

  // Strategy.
  const strategyPath: PathSegment[] = old ? [...b, 'args', 'strategy'] : [...b, 'config', 'strategy'];
  r.object(doc, strategyPath);
  const typePath = [...strategyPath, 'type_'];
  const type = r.lookup(doc, typePath);
  if (type === undefined || type === null) throw r.error(typePath, 'missing');
  if (typeof type !== 'string' || !STRATEGIES.includes(type as Strategy)) {
    throw r.error(typePath, `unknown strategy ${JSON.stringify(type)} (known: ${STRATEGIES.join(', ')})`);
  }
  const strategy = type as Strategy;
  let rate: number | null = null;
  let concurrency: number | null = null;
  const capOf: Record<string, unknown> = {};
  if (strategy === 'constant' || strategy === 'poisson') {
    rate = r.number(doc, [...strategyPath, 'rate'], 'nonnegative');
    if (rate === 0) throw r.error([...strategyPath, 'rate'], 'zero request rate');
    const cap = r.optionalNumber(doc, [...strategyPath, 'max_concurrency'], 'count');
    if (cap !== null && cap > 0) capOf.max_concurrency = cap;
  } else if (strategy === 'concurrent') {
    concurrency = r.number(doc, [...strategyPath, 'streams'], 'count');
    if (concurrency === 0) throw r.error([...strategyPath, 'streams'], 'zero streams');
  }

  // Request totals.
  const totals: PathSegment[] = old ? [...b, 'request_totals'] : [...b, 'metrics', 'request_totals'];
  const completed = r.number(doc, [...totals, 'successful'], 'count');
  if (completed === 0) throw r.error([...totals, 'successful'], 'zero successful requests: no latency to report');
  const errored = r.number(doc, [...totals, 'errored'], 'count');
  const incomplete = r.optionalNumber(doc, [...totals, 'incomplete'], 'count');

  const m = readGuidellmMetrics(r, doc, [...b, 'metrics']);

  // Configuration from the file content.
  const fromFile: MeasurementConfig = {};
  const modelPaths: PathSegment[][] = [
    [...b, 'config', 'backend', 'model'],
    [...b, 'worker', 'backend_model'],
    ['config', 'spec', 'backend', 'model'],
    ['args', 'model'],
  ];
  let modelId: ModelId | null = null;
  let rawModel = '';
  for (const p of modelPaths) {
    const v = r.lookup(doc, p);
    if (typeof v === 'string' && v !== '') {
      modelId = modelIdOf(v);
      rawModel = v;
      fromFile.verifier = modelId.id;
      break;
    }
  }
  const dataPaths: PathSegment[][] = [
    [...b, 'request_loader', 'data'],
    [...b, 'config', 'requests', 'data'],
    ['config', 'spec', 'data'],
    ['args', 'data'],
  ];
  for (const p of dataPaths) {
    const tokens = guidellmTokenConfig(r.lookup(doc, p));
    if (fromFile.prefill_tokens === undefined && tokens.prompt_tokens !== undefined) {
      fromFile.prefill_tokens = tokens.prompt_tokens;
    }
    if (fromFile.decode_tokens === undefined && tokens.output_tokens !== undefined) {
      fromFile.decode_tokens = tokens.output_tokens;
    }
  }
  const config = mergeMeasurementConfig(o.config, o.sidecar, fromFile);
  if (config.verifier === undefined) {
    const where = old ? modelPaths[1] : modelPaths[0];
    throw r.error(where, 'missing: no model name (pass the verifier as an option or in a sidecar)');
  }
  const verifierRaw = modelId?.changed && config.verifier === modelId.id ? { verifier_raw: rawModel } : {};
  const prefill = config.prefill_tokens ?? roundedMean(r, m.mean_prompt_tokens, [...b, 'metrics', 'prompt_token_count', 'successful', 'mean']);
  const decode = config.decode_tokens ?? roundedMean(r, m.mean_output_tokens, [...b, 'metrics', 'output_token_count', 'successful', 'mean']);
  const k = config.k ?? 0;
  const acceptance: Record<string, unknown> = {};
  if (k > 0 && m.mean_output_tokens_per_iteration !== null) {
    // One streamed chunk per engine step: output tokens per chunk approximate the acceptance length.
    const measured = {
      k,
      acceptanceLength: m.mean_output_tokens_per_iteration,
      acceptanceRate: null,
      perPosition: null,
      numDrafts: null,
      draftTokens: null,
      acceptedTokens: null,
    };
    Object.assign(acceptance, acceptanceColumns(measured));
    const note = o.minAcceptance > 0 ? lowAcceptanceWarning(measured, o.minAcceptance, `${o.file}#benchmarks[${i}]`) : null;
    if (note !== null) o.warnings?.push(note);
  }

  const row: TidyRow = {
    verifier: config.verifier,
    drafter: config.drafter ?? '',
    hardware: config.hardware ?? '',
    prefill_tokens: prefill,
    decode_tokens: decode,
    k,
    alpha: config.alpha ?? null,
    strategy,
    rate_rps: rate,
    concurrency,
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
    source: `${o.file}#benchmarks[${i}]`,
    format,
    benchmark_index: i,
    incomplete,
    mean_prompt_tokens: m.mean_prompt_tokens,
    mean_output_tokens: m.mean_output_tokens,
    mean_output_tokens_per_iteration: m.mean_output_tokens_per_iteration,
    prefill_tokens_from: config.prefill_tokens === undefined ? 'mean' : 'stated',
    decode_tokens_from: config.decode_tokens === undefined ? 'mean' : 'stated',
    ...capOf,
    ...acceptance,
    ...verifierRaw,
  };
  return checkTidyRow(row, r.fn, r.file, FieldReader.formatPath(b));
}

/** The rounded mean token count, or an error naming the field when it is unavailable. */
function roundedMean(r: FieldReader, mean: number | null, path: PathSegment[]): number {
  if (mean === null) throw r.error(path, 'missing: no configured token length either (pass prefill_tokens/decode_tokens)');
  const n = Math.round(mean);
  if (n < 1) throw r.error(path, `mean token count ${mean} rounds below 1`);
  return n;
}
