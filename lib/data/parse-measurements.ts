import { classifyDocument } from './detect-format.js';
import type { ParseOptions } from './parse-options.js';
import { checkParseOptions } from './parse-options.js';
import { parseGuidellmReportCore } from './formats/guidellm/parse-guidellm-report.js';
import { parseReducedSweepCore } from './formats/speculators-reduced/parse-reduced-sweep.js';
import { parseTidyCsvCore } from './formats/tidy-csv/parse-tidy-csv.js';
import { parseVllmBenchCore } from './formats/vllm-bench/parse-vllm-bench.js';
import { readDocument } from './read-document.js';
import type { TidyRow } from './tidy-schema.js';

const FN = 'parseMeasurements';

/**
 * Parses any supported measurement file's text into tidy rows, detecting the format from the
 * content (see detectFormat) and dispatching to parseGuidellmReport, parseReducedSweep,
 * parseVllmBench or parseTidyCsv. Configuration precedence: options > sidecar > file content.
 *
 * @param text the file content
 * @param options `fileName` (messages, `source` column, reduced-sweep name pattern),
 *   configuration overrides {verifier, drafter, hardware, prefill_tokens, decode_tokens, k, alpha},
 *   `sidecar`, `skipInvalid` with `warnings`
 * @returns one row per benchmark run
 * @throws {Error} `parseMeasurements: <file>: (document): <problem>` for unreadable text or an
 *   unknown format; `<parser>: <file>: <field path>: <problem>` (the parser of the detected
 *   format, e.g. parseGuidellmReport) for a missing or invalid metric, zero successful requests, ...
 * @example
 * parseMeasurements(text, { fileName: 'benchmarks.json', hardware: 'A100-80GB', drafter: 'EAGLE3', k: 3 });
 */
export function parseMeasurements(text: string, options?: ParseOptions): TidyRow[] {
  const o = checkParseOptions(FN, options);
  const doc = readDocument(text, FN, o.file);
  const format = classifyDocument(doc, FN, o.file);
  switch (format) {
    case 'guidellm-0.3':
    case 'guidellm-0.4':
    case 'guidellm-0.5':
    case 'guidellm-0.7':
      return parseGuidellmReportCore(doc.value, format, o, 'parseGuidellmReport');
    case 'speculators-reduced':
      return parseReducedSweepCore(doc.value, o, 'parseReducedSweep');
    case 'vllm-bench':
    case 'vllm-bench-jsonl':
    case 'vllm-sweep-summary':
      return parseVllmBenchCore(doc.value, format, o, 'parseVllmBench');
    case 'tidy-csv':
      return parseTidyCsvCore(String(doc.value), o, 'parseTidyCsv');
  }
}
