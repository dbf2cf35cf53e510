import type { TidyRow } from '../../data/tidy-schema.js';
import { CONFIG_KEYS } from '../../data/tidy-schema.js';
import { formatNumber } from '../../util/format-number.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { groupRows } from '../../data/verbs/group-rows.js';
import { systemLabel } from './system-label.js';

/** Options of {@link dropNarrowSweeps}; null switches a test off. */
export interface DropNarrowSweepsOptions {
  /**
   * Smallest accepted rate span: the sweep's highest measured open-loop rate divided by its
   * synchronous rate (default 2). The real speculators-scaling sweeps span 3.8 to 30.
   */
  minRateSpan?: number | null;
  /**
   * Smallest accepted latency rise: the largest open-loop mean latency divided by the
   * synchronous latency (default 1.1; on Eq. 1, y = 1/(1 − x) < 1.1 means the sweep never
   * passed utilisation x ≈ 0.09). The real sweeps rise by 1.42 to 20.
   */
  minLatencyRise?: number | null;
}

/** A sweep left out by {@link dropNarrowSweeps}. */
export interface NarrowSweep {
  /** systemLabel of the sweep's system (verifier + drafter, hardware, lengths). */
  system: string;
  /** The system without its lengths (verifier + drafter, hardware): what the sentence counts by. */
  server: string;
  /** The system plus k and alpha. */
  label: string;
  /** The file part of the rows' source (before '#'). */
  source: string;
  /** Highest measured open-loop rate / synchronous rate. */
  rateSpan: number;
  /** Largest open-loop mean latency / synchronous mean latency. */
  latencyRise: number;
  /** Which test it failed: the rate span, the latency rise, or both. */
  reason: 'rate' | 'latency' | 'both';
}

/** The result of {@link dropNarrowSweeps}. */
export interface DropNarrowSweepsResult<T> {
  /** The rows of the kept sweeps, in input order. */
  rows: T[];
  /** The sweeps left out, in first-seen order. */
  dropped: NarrowSweep[];
  /** Sweeps looked at (those with a synchronous and at least one open-loop row). */
  nSweeps: number;
  /** Markdown: how many sweeps were left out, by which test, and of which systems and lengths. */
  text: string;
}

/**
 * Leaves out the sweeps that never load the server, whose fits cannot locate Eq. 1's pole:
 * those whose highest measured open-loop (constant, poisson) rate is below `minRateSpan`
 * times the rate of their synchronous benchmark (one request at a time), or whose open-loop
 * benchmarks raise the mean latency by less than a factor `minLatencyRise` over the
 * synchronous latency. GuideLLM spaces its constant rates between the synchronous rate and the
 * rate its throughput benchmark measured; when that benchmark completes only a few of its
 * requests inside its window (long requests at the concurrency cap), every constant rate lands
 * at light load and the sweep carries almost no information on C2 (its fit ends with C2 near 0,
 * or R² near 0). Both tests use only the measurements, never a fit.
 * A sweep is the rows sharing CONFIG_KEYS and the file part of `source` (before '#'); sweeps
 * without a synchronous or without an open-loop row are kept unjudged.
 *
 * @param rows tidy rows (any number of sweeps)
 * @param options minRateSpan (default 2), minLatencyRise (default 1.1), both dimensionless
 * @returns kept rows, dropped sweeps, the number of sweeps judged and a sentence
 * @throws {Error} `dropNarrowSweeps requires ...` for a non-array or a threshold that is not > 1
 * @example
 * const { rows: kept, text } = dropNarrowSweeps(simRows);
 * text; // '3 of 298 sweeps never load the server and are left out: ...'
 */
export function dropNarrowSweeps<T extends TidyRow>(rows: readonly T[], options: DropNarrowSweepsOptions = {}): DropNarrowSweepsResult<T> {
  const fn = 'dropNarrowSweeps';
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  const threshold = (name: 'minRateSpan' | 'minLatencyRise', fallback: number): number | null => {
    const v = options?.[name];
    if (v === null) return null;
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !(v > 1) || !Number.isFinite(v)) throw new Error(`${fn} requires options.${name} to be a finite number > 1 or null, got ${String(v)}`);
    return v;
  };
  return dropNarrowSweepsCore(rows, threshold('minRateSpan', 2), threshold('minLatencyRise', 1.1));
}

function dropNarrowSweepsCore<T extends TidyRow>(rows: readonly T[], minRateSpan: number | null, minLatencyRise: number | null): DropNarrowSweepsResult<T> {
  const keyed = rows.map((r) => {
    const key: Record<string, unknown> = { file: fileOf(r.source) };
    for (const c of CONFIG_KEYS) key[c] = r[c];
    return key;
  });
  const drop = new Set<number>();
  const dropped: NarrowSweep[] = [];
  let nSweeps = 0;
  for (const g of groupRows(keyed, ['file', ...CONFIG_KEYS])) {
    const members = g.indices.map((i) => rows[i]);
    const sync = members.find((r) => r.strategy === 'synchronous');
    const open = members.filter((r) => (r.strategy === 'constant' || r.strategy === 'poisson') && isPositive(r.measured_rps) && isPositive(r.mean_latency_s));
    if (!sync || !isPositive(sync.measured_rps) || !isPositive(sync.mean_latency_s) || open.length === 0) continue;
    nSweeps++;
    const rateSpan = Math.max(...open.map((r) => r.measured_rps)) / sync.measured_rps;
    const latencyRise = Math.max(...open.map((r) => r.mean_latency_s)) / sync.mean_latency_s;
    const failsRate = minRateSpan !== null && rateSpan < minRateSpan;
    const failsLatency = minLatencyRise !== null && latencyRise < minLatencyRise;
    if (!failsRate && !failsLatency) continue;
    for (const i of g.indices) drop.add(i);
    const first = members[0];
    const system = systemLabel(first);
    const alpha = first.alpha === null ? '–' : formatNumber(first.alpha, 3);
    const server = systemLabel({ verifier: first.verifier, drafter: first.drafter, hardware: first.hardware });
    const reason = failsRate && failsLatency ? 'both' : failsRate ? 'rate' : 'latency';
    dropped.push({ system, server, label: `${system}, k ${first.k}, α ${alpha}`, source: String(g.key.file), rateSpan, latencyRise, reason });
  }
  const kept = rows.filter((_, i) => !drop.has(i));
  return { rows: kept, dropped, nSweeps, text: describe(dropped, nSweeps, minRateSpan, minLatencyRise) };
}

function describe(dropped: readonly NarrowSweep[], nSweeps: number, minRateSpan: number | null, minLatencyRise: number | null): string {
  const rateTest = minRateSpan === null ? null : `a highest constant rate below ${formatNumber(minRateSpan, 3)}× the rate of one request at a time`;
  const latencyTest = minLatencyRise === null ? null : `a mean latency that never rises ${formatNumber(100 * (minLatencyRise - 1), 3)}% above that of one request at a time`;
  const tests = [rateTest, latencyTest].filter((t): t is string => t !== null);
  if (dropped.length === 0) return `No sweep of ${nSweeps} is left out: none has ${tests.join(' or ') || 'failed a test (both are off)'}.`;
  const nRate = dropped.filter((d) => d.reason !== 'latency').length;
  const nLatency = dropped.filter((d) => d.reason !== 'rate').length;
  const reasons = [nRate > 0 ? `${nRate} with ${rateTest}` : null, nLatency > 0 ? `${nLatency} with ${latencyTest}` : null].filter((t): t is string => t !== null);
  const bySystem = new Map<string, number>();
  for (const d of dropped) bySystem.set(d.server, (bySystem.get(d.server) ?? 0) + 1);
  const lengths = [...new Set(dropped.map((d) => String(d.system.split(', ').pop())))].sort(naturalCompare);
  return (
    `${dropped.length} of ${nSweeps} sweeps never load the server and are left out (${reasons.join('; ')}): ` +
    `${[...bySystem.entries()].map(([s, n]) => `${s} (${n})`).join('; ')}; prefill/decode ${lengths.join(', ')}.`
  );
}

function fileOf(source: unknown): string {
  return typeof source === 'string' ? source.split('#')[0] : '';
}

function isPositive(x: unknown): x is number {
  return typeof x === 'number' && x > 0 && Number.isFinite(x);
}
