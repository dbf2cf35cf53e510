import type { Report } from '../../io/create-report.js';
import type { SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import type { HeldOutResult } from './cross-validation-section.js';
import { heldOutReading } from './held-out-reading.js';
import type { HeldOutData } from './load-held-out-data.js';
import type { Params } from './params.js';

/**
 * Shows notebook 05's computed reading of Fig. 7 (heldOutReading).
 *
 * @param report the notebook's report
 * @param data loadHeldOutData output
 * @param full crossValidateSection's result
 * @param short shortHalfSection's result
 * @param P the notebook's parameters
 * @returns the Markdown shown
 * @example
 * step.reading(report, data, full, short, P);
 */
export function readingSection(report: Report, data: HeldOutData, full: HeldOutResult & { coverage: readonly SweepLoadCoverageRow[] }, short: HeldOutResult, P: Params): string {
  const text = heldOutReading(data, full, short, P);
  report.markdown(text);
  return text;
}
