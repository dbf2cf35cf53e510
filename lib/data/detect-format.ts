import { isPlainObject } from '../util/is-plain-object.js';
import type { ParsedDocument } from './read-document.js';
import { readDocument } from './read-document.js';

/**
 * Format ids of the measurement files speclat reads.
 * - `guidellm-0.3`: GuideLLM 0.2/0.3 report (benchmarks with `args`, `run_stats`, `worker`).
 * - `guidellm-0.4`: GuideLLM 0.4 report (no `metadata`, benchmarks with `config`).
 * - `guidellm-0.5`: GuideLLM 0.5/0.6 report (`metadata.version` 1, run settings in `args`).
 * - `guidellm-0.7`: GuideLLM 0.7+ report (`metadata.version` 2, run settings in `config`).
 * - `speculators-reduced`: a JSON list of GuideLLM metric-distribution objects (speculators-scaling).
 * - `vllm-bench`: one `vllm bench serve --save-result` object.
 * - `vllm-bench-jsonl`: JSON Lines of such objects (`--append-result`).
 * - `vllm-sweep-summary`: `vllm bench sweep serve` summary, a JSON list of such objects.
 * - `tidy-csv`: a tidy CSV (speclat's own, or a script's with its columns mapped; any CSV, whose
 *   columns parseTidyCsv then checks).
 */
export type MeasurementFormat =
  | 'guidellm-0.3'
  | 'guidellm-0.4'
  | 'guidellm-0.5'
  | 'guidellm-0.7'
  | 'speculators-reduced'
  | 'vllm-bench'
  | 'vllm-bench-jsonl'
  | 'vllm-sweep-summary'
  | 'tidy-csv';

/**
 * Detects the format of a measurement file from its content (the name is only used in messages).
 *
 * @param text the file content
 * @param fileName the file's name, for messages
 * @returns the format id
 * @throws {Error} `detectFormat: <file>: (document): <problem>` when the text is not JSON, JSON
 *   Lines, CSV or YAML, or is none of the known formats
 * @example
 * detectFormat('{"benchmarks": [], "metadata": {"version": 2}}'); // 'guidellm-0.7'
 * detectFormat('[{"request_latency": {"successful": {"mean": 1}}}]'); // 'speculators-reduced'
 */
export function detectFormat(text: string, fileName?: string): MeasurementFormat {
  const file = fileName ?? '<text>';
  return classifyDocument(readDocument(text, 'detectFormat', file), 'detectFormat', file);
}

/**
 * The content rules of {@link detectFormat}, on an already decoded document.
 *
 * @param doc the decoded document
 * @param fn the public function's name, for messages
 * @param file the file name, for messages
 * @returns the format id
 * @throws {Error} `<fn>: <file>: (document): unknown format (...)` or an unsupported GuideLLM version
 * @example
 * classifyDocument({ syntax: 'json', value: { completed: 1, request_throughput: 2 } }, 'f', 'a'); // 'vllm-bench'
 */
export function classifyDocument(doc: ParsedDocument, fn: string, file: string): MeasurementFormat {
  const fail = (problem: string) => new Error(`${fn}: ${file}: (document): ${problem}`);
  const v = doc.value;
  // Any CSV is a tidy CSV: parseTidyCsv names the required columns it lacks (after a column mapping).
  if (doc.syntax === 'csv') return 'tidy-csv';
  if (doc.syntax === 'jsonl') {
    const lines = v as unknown[];
    if (lines.every(isVllmRecord)) return 'vllm-bench-jsonl';
    throw fail('unknown format: JSON Lines whose lines are not all vllm bench serve results');
  }
  if (Array.isArray(v)) {
    if (v.length === 0) throw fail('unknown format: an empty list');
    if (v.every((e) => isPlainObject(e) && isPlainObject(e.request_latency))) return 'speculators-reduced';
    if (v.every(isVllmRecord)) return 'vllm-sweep-summary';
    throw fail(
      'unknown format: a list that is neither reduced GuideLLM benchmarks (objects with request_latency) ' +
        'nor vllm bench results (objects with completed and request_throughput)',
    );
  }
  if (!isPlainObject(v)) throw fail(`unknown format: the document is ${v === null ? 'null' : typeof v}, not an object or list`);
  if ('benchmarks' in v) {
    const metadata = v.metadata;
    if (isPlainObject(metadata) && metadata.version !== undefined) {
      if (metadata.version === 2) return 'guidellm-0.7';
      if (metadata.version === 1) return 'guidellm-0.5';
      throw fail(`unsupported GuideLLM report metadata.version ${JSON.stringify(metadata.version)} (supported: 1, 2)`);
    }
    const benchmarks = v.benchmarks;
    if (!Array.isArray(benchmarks) || benchmarks.length === 0) {
      throw fail('unknown format: a GuideLLM-like report without metadata and with no benchmarks to tell its version');
    }
    const first = benchmarks[0];
    if (isPlainObject(first) && 'run_stats' in first) return 'guidellm-0.3';
    if (isPlainObject(first) && 'config' in first) return 'guidellm-0.4';
    throw fail('unknown format: benchmarks[0] has neither run_stats (GuideLLM 0.3) nor config (GuideLLM 0.4+)');
  }
  if (isVllmRecord(v)) return 'vllm-bench';
  throw fail(
    'unknown format: not a GuideLLM report (no benchmarks), nor a vllm bench result ' +
      '(no completed/request_throughput), nor a reduced sweep list',
  );
}

/** A `vllm bench serve` result object: has `completed` and `request_throughput`. */
function isVllmRecord(v: unknown): boolean {
  return isPlainObject(v) && 'completed' in v && 'request_throughput' in v;
}
