import type { RunBenchmark } from '../../benchmark-run.js';
import type { DistributionSummary } from './distribution-summary.js';
import { distributionSummary } from './distribution-summary.js';
import { concurrencySummary, perSecondSummary, rateSummary, ratioSummary } from './guidellm-rate-summaries.js';
import type { RequestMetricArrays } from './request-metric-arrays.js';

type Obj = Record<string, unknown>;
type StatusDistribution = { successful: DistributionSummary; errored: DistributionSummary; incomplete: DistributionSummary; total: DistributionSummary };
/** Metric arrays of a benchmark's measured requests by status, and of all of them. */
export type StatusGroups = Record<keyof StatusDistribution, RequestMetricArrays>;

/** The order GuideLLM writes the status splits in. */
const STATUS_GROUPS = ['successful', 'errored', 'incomplete', 'total'] as const;

/** The metric groups of GuideLLM 0.5's multimodal blocks, all null for text-only runs. */
const GROUP_KEYS = ['input', 'input_per_second', 'input_concurrency', 'output', 'output_per_second', 'output_concurrency', 'total', 'total_per_second', 'total_concurrency'];

function nullGroup(): Obj {
  const o: Obj = {};
  for (const k of GROUP_KEYS) o[k] = null;
  return o;
}

/** Every request's prompt + output tokens. */
function totalTokens(m: RequestMetricArrays): Float64Array {
  return m.promptTokens.map((p, i) => p + m.outputTokens[i]);
}

/**
 * One benchmark's `metrics` block of a GuideLLM 0.5 report: request totals, then every
 * distribution split into successful/errored/incomplete/total (the order GuideLLM writes), and
 * the text/image/video/audio blocks (text tokens only). Rates count completions (incomplete
 * requests: their sends; total: sends of incomplete, completions of the others). Helper of
 * buildGuidellmReport.
 *
 * @param b the benchmark (its window, and request statuses for the total rate)
 * @param groups metric arrays of its successful, errored, incomplete and all measured requests
 * @returns the metrics object
 */
export function guidellmMetrics(b: RunBenchmark, groups: StatusGroups): Obj {
  const windowS = b.windowEndS - b.windowStartS;
  const dist = (f: (m: RequestMetricArrays, status: string) => DistributionSummary): StatusDistribution => {
    const o: Record<string, DistributionSummary> = {};
    for (const name of STATUS_GROUPS) o[name] = f(groups[name], name);
    return o as StatusDistribution;
  };
  const firstTokens = (m: RequestMetricArrays): number[] => Array.from(m.ttftMs).filter((x) => !Number.isNaN(x));
  const endsOf = (m: RequestMetricArrays, status: string): number[] => {
    if (status === 'incomplete') return Array.from(m.startS);
    if (status === 'total') {
      const t: number[] = [];
      for (let i = 0; i < m.ids.length; i++) t.push(b.requests.status[m.ids[i]] === 1 ? m.startS[i] : m.endS[i]);
      return t;
    }
    return Array.from(m.endS);
  };
  const { successful, errored, incomplete, total } = groups;
  return {
    request_totals: { successful: successful.ids.length, errored: errored.ids.length, incomplete: incomplete.ids.length, total: total.ids.length },
    requests_per_second: dist((m, st) => rateSummary(endsOf(m, st), b.windowStartS, b.windowEndS)),
    request_concurrency: dist((m) => concurrencySummary(m)),
    request_latency: dist((m) => distributionSummary(m.latencyS)),
    request_streaming_iterations_count: dist((m) => distributionSummary(m.iterations)),
    prompt_token_count: dist((m) => distributionSummary(m.promptTokens)),
    output_token_count: dist((m) => distributionSummary(m.outputTokens)),
    total_token_count: dist((m) => distributionSummary(totalTokens(m))),
    time_to_first_token_ms: dist((m) => distributionSummary(firstTokens(m))),
    time_per_output_token_ms: dist((m) => distributionSummary(m.tpotMs, m.tpotWeight)),
    inter_token_latency_ms: dist((m) => distributionSummary(m.itlMs, m.itlWeight)),
    prompt_tokens_per_second: dist((m) => perSecondSummary(m.promptTokens, m, windowS)),
    output_tokens_per_second: dist((m) => perSecondSummary(m.outputTokens, m, windowS)),
    tokens_per_second: dist((m) => perSecondSummary(totalTokens(m), m, windowS)),
    output_tokens_per_iteration: dist((m) => ratioSummary(m.outputTokens, m.iterations, 0)),
    iter_tokens_per_iteration: dist((m) => ratioSummary(m.outputTokens, m.iterations, 1)),
    text: {
      tokens: {
        ...nullGroup(),
        input: dist((m) => distributionSummary(m.promptTokens)),
        output: dist((m) => distributionSummary(m.outputTokens)),
        total: dist((m) => distributionSummary(totalTokens(m))),
      },
      words: nullGroup(),
      characters: nullGroup(),
    },
    image: { tokens: nullGroup(), images: nullGroup(), pixels: nullGroup(), bytes: nullGroup() },
    video: { tokens: nullGroup(), frames: nullGroup(), seconds: nullGroup(), bytes: nullGroup() },
    audio: { tokens: nullGroup(), samples: nullGroup(), seconds: nullGroup(), bytes: nullGroup() },
  };
}
