import type { TidyRow } from '../../data/tidy-schema.js';
import { breakEvenLoad } from '../../model/break-even-load.js';
import { linspace } from '../../util/linspace.js';
import type { AdviceConfiguration, AdviceConfigurationsOptions, AdviceSetup, LoadKind } from './advice-configurations.js';
import { adviceConfigurations } from './advice-configurations.js';
import { configLatency } from './config-latency.js';
import type { VllmSchedule } from './vllm-schedule.js';
import { vllmSchedule } from './vllm-schedule.js';

/** One configuration at one load. */
export interface ConfigurationAtLoad {
  label: string;
  /** Predicted mean latency (s), null when saturated. */
  latencyS: number | null;
  /** L_baseline / L of this configuration (Eq. 2 in open loop), null when undefined (both saturated). */
  speedup: number | null;
  /** True when the load lies beyond this configuration's measured loads (or it was never measured). */
  extrapolated: boolean;
}

/** The advice at one load. */
export interface AdviceAtLoad {
  load: number;
  /** The fastest configuration (lowest predicted latency), null when every one is saturated. */
  best: AdviceConfiguration | null;
  latencyS: number | null;
  /** The best configuration's speedup over the baseline (1 when it is the baseline). */
  speedup: number | null;
  /** True when the load lies outside the measured loads (above the highest or below the lowest of any configuration). */
  extrapolated: boolean;
  configurations: ConfigurationAtLoad[];
}

/** Where an SD configuration is as fast as the baseline. */
export interface AdviceBreakEven {
  configuration: AdviceConfiguration;
  /** Break-even load (requests/s or concurrency), null when one is faster at every stable load. */
  load: number | null;
  /** True when SD is faster below the break-even load. */
  sdFasterBelow: boolean | null;
}

/** The highest load a configuration serves within the SLO (or its saturation rate without one). */
export interface AdviceCapacity {
  configuration: AdviceConfiguration;
  /** Load (requests/s or concurrency), null when unbounded (closed loop without SLO) or when the SLO is missed even at zero load. */
  load: number | null;
  basis: 'slo' | 'saturation' | 'none';
}

/** The complete advice. */
export interface Advice extends AdviceSetup {
  sloLatencyS: number | null;
  /** Highest load any configuration's fit used. */
  maxMeasuredLoad: number;
  loads: AdviceAtLoad[];
  breakEven: AdviceBreakEven[];
  capacity: AdviceCapacity[];
  /** The schedule of the drafter best at the lowest load where SD pays, null when SD never pays or only one k is covered. */
  schedule: VllmSchedule | null;
  /** One schedule per drafter variant covering 2 or more k. */
  schedules: VllmSchedule[];
}

/** Options of {@link advise}. */
export interface AdviseOptions extends AdviceConfigurationsOptions {
  /** Loads to advise at (requests/s or concurrency); default a grid up to the highest measured load. */
  loads?: readonly number[];
  /** Points of the default grid (default 10). */
  gridSize?: number;
  /** Mean-latency SLO (s) for the capacity; null/absent: capacity is the saturation rate. */
  sloLatencyS?: number | null;
  /** Largest batch (vLLM max_num_seqs) the schedule covers (default 256). */
  maxBatch?: number;
}

/**
 * From a user's sweeps to the configuration and draft length to run at each load: the fastest
 * configuration, every configuration's predicted latency and speedup over the baseline, each SD
 * configuration's break-even load, the capacity under a mean-latency SLO and the vLLM
 * `num_speculative_tokens_per_batch_size` schedule.
 *
 * @param rows tidy rows of one verifier, hardware and workload
 * @param options loads, grid, SLO, k limit, schedule cap, load axis
 * @returns the advice
 * @throws {Error} one-line `advise requires ...` messages for bad input (see adviceConfigurations) and bad options
 * @example
 * advise(rows, { loads: [1, 4, 8], sloLatencyS: 2 }).loads.map((l) => l.best?.label);
 */
export function advise(rows: readonly TidyRow[], options: AdviseOptions = {}): Advice {
  if (options.loads !== undefined) {
    if (!Array.isArray(options.loads) || options.loads.length === 0) throw new Error('advise requires at least one load');
    options.loads.forEach((x) => {
      if (!(typeof x === 'number' && x >= 0 && Number.isFinite(x))) throw new Error(`advise requires loads >= 0, got ${x}`);
    });
  }
  if (options.sloLatencyS != null && !(options.sloLatencyS > 0)) throw new Error(`advise requires an SLO latency > 0 s, got ${options.sloLatencyS}`);
  if (options.maxK !== undefined && !(Number.isInteger(options.maxK) && options.maxK >= 1)) throw new Error(`advise requires a k limit that is an integer >= 1, got ${options.maxK}`);
  const setup = adviceConfigurations(rows, options);
  return adviseCore(setup, options);
}

/**
 * {@link advise} on configurations already found.
 *
 * @param setup the configurations and baseline
 * @param options as advise
 * @returns the advice
 * @example
 * adviseCore(adviceConfigurations(rows), { sloLatencyS: 2 });
 */
export function adviseCore(setup: AdviceSetup, options: AdviseOptions = {}): Advice {
  const kind = setup.loadKind;
  const base = setup.baseline;
  const measuredMax = Math.max(...setup.configurations.map((c) => c.maxMeasuredLoad ?? 0));
  const n = options.gridSize ?? 10;
  const grid =
    options.loads !== undefined
      ? [...options.loads]
      : kind === 'rps'
        ? linspace(measuredMax / n, measuredMax, n)
        : [...new Set(linspace(1, measuredMax, n).map((x) => Math.round(x)))];
  const measuredMin = Math.min(...setup.configurations.flatMap((c) => c.measuredPoints.map((p) => p.load)));
  const loads = grid.map((x) => adviceAtLoad(kind, x, setup, measuredMin, measuredMax));
  const sd = setup.configurations.filter((c) => c.k > 0);
  const breakEven = sd.map((c) => breakEvenOf(kind, base, c));
  const slo = options.sloLatencyS ?? null;
  const capacity = setup.configurations.map((c) => capacityOf(kind, c, slo));
  const schedules = setup.pooled.map((v) => vllmSchedule(setup, v.drafter, v.alpha, { maxBatch: options.maxBatch }));
  const firstSd = loads.find((l) => l.best && l.best.k > 0)?.best ?? null;
  const schedule =
    firstSd === null ? null : schedules.find((s) => s.drafter === firstSd.drafter && s.alpha === firstSd.alpha && s.ranges.some((r) => r[2] > 0)) ?? null;
  return { ...setup, sloLatencyS: slo, maxMeasuredLoad: measuredMax, loads, breakEven, capacity, schedule, schedules };
}

function adviceAtLoad(kind: LoadKind, x: number, setup: AdviceSetup, measuredMin: number, measuredMax: number): AdviceAtLoad {
  const baseL = configLatency(kind, x, setup.baseline);
  let best: AdviceConfiguration | null = null;
  let bestL = Infinity;
  const configurations = setup.configurations.map((c) => {
    const l = configLatency(kind, x, c);
    if (l < bestL) {
      bestL = l;
      best = c;
    }
    return { label: c.label, latencyS: Number.isFinite(l) ? l : null, speedup: ratio(baseL, l), extrapolated: c.maxMeasuredLoad === null || x > c.maxMeasuredLoad * (1 + 1e-9) || x < c.measuredPoints[0].load * (1 - 1e-9) };
  });
  const chosen = best as AdviceConfiguration | null;
  return {
    load: x,
    best: chosen,
    latencyS: chosen ? bestL : null,
    speedup: chosen ? ratio(baseL, bestL) : null,
    extrapolated: x > measuredMax * (1 + 1e-9) || x < measuredMin * (1 - 1e-9),
    configurations,
  };
}

/** L_base / L with saturation explicit: null when both saturated, Infinity when only the baseline is. */
function ratio(baseL: number, l: number): number | null {
  if (!Number.isFinite(baseL) && !Number.isFinite(l)) return null;
  return baseL / l;
}

function breakEvenOf(kind: LoadKind, base: AdviceConfiguration, c: AdviceConfiguration): AdviceBreakEven {
  if (kind === 'rps') {
    if (!(base.c2 > 0)) return { configuration: c, load: null, sdFasterBelow: null };
    const be = breakEvenLoad(base, c);
    return { configuration: c, load: be ? be.rps : null, sdFasterBelow: be ? be.sdFasterBelow : null };
  }
  // Closed loop: C1_D + C2_D c = C1_SD + C2_SD c.
  const dc2 = base.c2 - c.c2;
  const x = dc2 === 0 ? null : (c.c1 - base.c1) / dc2;
  return x !== null && x > 0 ? { configuration: c, load: x, sdFasterBelow: c.c1 < base.c1 } : { configuration: c, load: null, sdFasterBelow: null };
}

function capacityOf(kind: LoadKind, c: AdviceConfiguration, slo: number | null): AdviceCapacity {
  if (slo === null) {
    if (kind === 'rps' && c.c2 > 0) return { configuration: c, load: 1 / c.c2, basis: 'saturation' };
    return { configuration: c, load: null, basis: 'none' };
  }
  if (c.c1 > slo) return { configuration: c, load: null, basis: 'slo' };
  if (!(c.c2 > 0)) return { configuration: c, load: null, basis: 'slo' };
  return { configuration: c, load: kind === 'rps' ? (1 - c.c1 / slo) / c.c2 : (slo - c.c1) / c.c2, basis: 'slo' };
}
