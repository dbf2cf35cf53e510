import { classifyDocument } from './detect-format.js';
import type { CheckedParseOptions, ParseOptions } from './parse-options.js';
import { checkParseOptions } from './parse-options.js';
import { parseGuidellmReportCore } from './formats/guidellm/parse-guidellm-report.js';
import { parseReducedSweepCore } from './formats/speculators-reduced/parse-reduced-sweep.js';
import { parseTidyCsvCore } from './formats/tidy-csv/parse-tidy-csv.js';
import { parseVllmBenchCore } from './formats/vllm-bench/parse-vllm-bench.js';
import { readDocument } from './read-document.js';
import type { TidyRow } from './tidy-schema.js';
import { nominalLengths } from './verbs/nominal-lengths.js';

const FN = 'parseMeasurements';

/**
 * Parses any supported measurement file's text into tidy rows, detecting the format from the
 * content (see detectFormat) and dispatching to parseGuidellmReport, parseReducedSweep,
 * parseVllmBench or parseTidyCsv (any CSV), then gives runs of one sweep whose lengths are
 * measured means one nominal length (nominalLengths, options.lengthTolerance). Configuration
 * precedence: options > sidecar > file content.
 *
 * @param text the file content
 * @param options `fileName` (messages, `source` column, reduced-sweep name pattern),
 *   configuration overrides {verifier, drafter, hardware, prefill_tokens, decode_tokens, k, alpha},
 *   `sidecar`, `skipInvalid` with `warnings`, `minAcceptance`, `columns` (tidy CSV), `lengthTolerance`
 * @returns one row per benchmark run
 * @throws {Error} `parseMeasurements: <file>: (document): <problem>` for unreadable text or an
 *   unknown format; `<parser>: <file>: <field path>: <problem>` (the parser of the detected
 *   format, e.g. parseGuidellmReport) for a missing or invalid metric, zero successful requests, ...
 * @example
 * parseMeasurements(text, { fileName: 'benchmarks.json', hardware: 'A100-80GB', drafter: 'EAGLE3', k: 3 });
 */
export function parseMeasurements(text: string, options?: ParseOptions): TidyRow[] {
  const o = checkParseOptions(FN, options);
  return nominalLengths(parseMeasurementsCore(text, o), { tolerance: o.lengthTolerance });
}

/**
 * {@link parseMeasurements} with checked options, without the sweep-level step (nominalLengths),
 * which loadMeasurements runs once over all files.
 *
 * @param text the file content
 * @param o checked options
 * @returns the file's rows
 * @throws {Error} as parseMeasurements
 * @example
 * parseMeasurementsCore(text, checkParseOptions('loadMeasurements', { fileName: 'a.json' }));
 */
export function parseMeasurementsCore(text: string, o: CheckedParseOptions): TidyRow[] {
  const doc = readDocument(text, FN, o.file);
  // Any CSV is read as a tidy CSV: its parser names the required columns it lacks (after options.columns).
  if (doc.syntax === 'csv') return parseTidyCsvCore(String(doc.value), o, 'parseTidyCsv');
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
