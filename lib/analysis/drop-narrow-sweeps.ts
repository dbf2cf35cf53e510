import type { TidyRow } from '../data/tidy-schema.js';
import { CONFIG_KEYS } from '../data/tidy-schema.js';
import { formatNumber } from '../figures/format-number.js';
import { naturalCompare } from '../figures/natural-compare.js';
import { groupRows } from '../fit/group-rows.js';
import { systemLabel } from './system-label.js';

/** Options of {@link dropNarrowSweeps}. */
export interface DropNarrowSweepsOptions {
  /**
   * Smallest accepted rate span: the sweep's highest measured open-loop rate divided by its
   * synchronous rate (default 2). Real GuideLLM sweeps span 4 to 30.
   */
  minRateSpan?: number;
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
}

/** The result of {@link dropNarrowSweeps}. */
export interface DropNarrowSweepsResult<T> {
  /** The rows of the kept sweeps, in input order. */
  rows: T[];
  /** The sweeps left out, in first-seen order. */
  dropped: NarrowSweep[];
  /** Sweeps looked at (those with a synchronous and at least one open-loop row). */
  nSweeps: number;
  /** One Markdown sentence: how many sweeps were left out, why, and of which systems. */
  text: string;
}

/**
 * Leaves out the sweeps whose load range is too narrow to locate Eq. 1's pole: those whose
 * highest measured open-loop (constant, poisson) rate is below `minRateSpan` times the measured
 * rate of their synchronous benchmark (one request at a time). GuideLLM spaces its constant
 * rates between the synchronous rate and the rate its throughput benchmark measured; when that
 * benchmark completes only a handful of requests in its window (long requests at the
 * concurrency cap), every constant rate lands near the synchronous rate and the sweep carries
 * almost no information on C2. The criterion uses only the measurements, never a fit.
 * A sweep is the rows sharing CONFIG_KEYS and the file part of `source` (before '#'); sweeps
 * without a synchronous or without an open-loop row are kept unjudged.
 *
 * @param rows tidy rows (any number of sweeps)
 * @param options minRateSpan (default 2, dimensionless)
 * @returns kept rows, dropped sweeps, the number of sweeps judged and a sentence
 * @throws {Error} `dropNarrowSweeps requires ...` for a non-array or a minRateSpan that is not > 1
 * @example
 * const { rows: kept, text } = dropNarrowSweeps(simRows, { minRateSpan: 2 });
 * text; // '3 of 298 sweeps are left out: ...'
 */
export function dropNarrowSweeps<T extends TidyRow>(rows: readonly T[], options: DropNarrowSweepsOptions = {}): DropNarrowSweepsResult<T> {
  const fn = 'dropNarrowSweeps';
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  const minRateSpan = options?.minRateSpan ?? 2;
  if (typeof minRateSpan !== 'number' || !(minRateSpan > 1) || !Number.isFinite(minRateSpan)) {
    throw new Error(`${fn} requires options.minRateSpan to be a finite number > 1, got ${String(minRateSpan)}`);
  }
  return dropNarrowSweepsCore(rows, minRateSpan);
}

function dropNarrowSweepsCore<T extends TidyRow>(rows: readonly T[], minRateSpan: number): DropNarrowSweepsResult<T> {
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
    const open = members.filter((r) => (r.strategy === 'constant' || r.strategy === 'poisson') && isPositive(r.measured_rps));
    if (!sync || !isPositive(sync.measured_rps) || open.length === 0) continue;
    nSweeps++;
    const rateSpan = Math.max(...open.map((r) => r.measured_rps)) / sync.measured_rps;
    if (rateSpan >= minRateSpan) continue;
    for (const i of g.indices) drop.add(i);
    const first = members[0];
    const system = systemLabel(first);
    const alpha = first.alpha === null ? '–' : formatNumber(first.alpha, 3);
    const server = systemLabel({ verifier: first.verifier, drafter: first.drafter, hardware: first.hardware });
    dropped.push({ system, server, label: `${system}, k ${first.k}, α ${alpha}`, source: String(g.key.file), rateSpan });
  }
  const kept = rows.filter((_, i) => !drop.has(i));
  const bySystem = new Map<string, number>();
  for (const d of dropped) bySystem.set(d.server, (bySystem.get(d.server) ?? 0) + 1);
  const text =
    dropped.length === 0
      ? `All ${nSweeps} sweeps span at least ${formatNumber(minRateSpan, 3)}× their synchronous rate; none is left out.`
      : `${dropped.length} of ${nSweeps} sweeps are left out because their highest completed-request rate is below ${formatNumber(minRateSpan, 3)}× ` +
        `the rate of one request at a time (span ${formatNumber(Math.min(...dropped.map((d) => d.rateSpan)), 3)}–${formatNumber(Math.max(...dropped.map((d) => d.rateSpan)), 3)}), ` +
        `too narrow a load range to place Eq. 1's pole: ${[...bySystem.entries()].map(([s, n]) => `${s} (${n})`).join('; ')}. ` +
        `Their prefill/decode lengths: ${[...new Set(dropped.map((d) => String(d.system.split(', ').pop())))].sort(naturalCompare).join(', ')}.`;
  return { rows: kept, dropped, nSweeps, text };
}

function fileOf(source: unknown): string {
  return typeof source === 'string' ? source.split('#')[0] : '';
}

function isPositive(x: unknown): x is number {
  return typeof x === 'number' && x > 0 && Number.isFinite(x);
}
