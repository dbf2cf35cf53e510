/** Thresholds of excludeSaturated; every rule can be switched off. */
export interface ExclusionOptions {
  /**
   * The client's cap on requests in flight (GuideLLM's max concurrency, vLLM's --max-concurrency
   * on a rate-limited run). Default: each row's numeric `max_concurrency` column when present (the
   * speculators-scaling loader sets 128; GuideLLM and vLLM loaders copy the file's), else no cap
   * rule. null switches the rule off.
   */
  maxConcurrency?: number | null;
  /**
   * Open-loop rows whose mean concurrency (or, where not measured, Little's measured rate x mean
   * latency) is >= capFraction * cap are throttled by the cap. Default 0.9.
   */
  capFraction?: number;
  /**
   * Rows with errored / (completed + errored) above this, and at least minErrored errors, are
   * excluded. Default 0.02 (2%).
   */
  maxErroredShare?: number;
  /** See maxErroredShare. Default 2: a single error never excludes a row. */
  minErrored?: number;
  /**
   * Growing backlog: an open-loop row is excluded when its `incomplete` count (requests cut at the
   * end of the window) exceeds backlogRatio * c + 3 sqrt(c) + 1, c = mean concurrency. Default 1.5;
   * null switches the rule off.
   */
  backlogRatio?: number | null;
  /**
   * Time-window open-loop runs (GuideLLM: no `num_prompts`) whose measured rate is below
   * minRateRatio * target rate. Default 0.9; null: off. Finite runs (vLLM: num_prompts requests,
   * the drain of the last ones inside `duration`) face the drain rule instead (drainLatencies).
   */
  minRateRatio?: number | null;
  /**
   * Finite open-loop runs (rows with num_prompts, duration_s and a target rate): the run is
   * excluded when its duration exceeds the arrival window num_prompts / rate (stretched by
   * arrivalSpread standard deviations of a gamma arrival process) by more than a drain of
   * drainLatencies mean latencies (or the largest request latency, when the file has it and it is
   * longer): a backlog had to be worked off after the last arrival. Default 3; null: off.
   */
  drainLatencies?: number | null;
  /** See drainLatencies: standard deviations of the last arrival time allowed. Default 3. */
  arrivalSpread?: number;
  /**
   * Queue building (open and closed loop): a row whose mean TTFT is at least ttftGrowth times the
   * low-load TTFT of its configuration (the row with the fewest requests in flight) and whose
   * TTFT beyond what the latency's own growth explains, TTFT - TTFT_low x L / L_low, exceeds
   * queueShare of its latency: requests wait before their first token. Default 3; null: off.
   */
  ttftGrowth?: number | null;
  /** See ttftGrowth. Default 0.1 (10% of the latency). */
  queueShare?: number;
  /**
   * Closed-loop rows whose concurrency was never reached (num_prompts below it, or vLLM's
   * max_concurrent_requests, an upper bound of the peak in flight, below it) are excluded: their
   * load is not the stated concurrency. Default true.
   */
  concurrencyReached?: boolean;
  /**
   * Open-loop rows whose target rate is at least throughputFraction * the sweep's measured
   * throughput (its `throughput` row, when that is a sustained run: not a finite vLLM burst of
   * num_prompts requests, whose rate the slowest requests bound) run at the saturation rate.
   * Default 0.98; null: off.
   */
  throughputFraction?: number | null;
  /**
   * When constant rows have no rate_rps and the sweep has one synchronous and one throughput row,
   * infer GuideLLM's sweep targets: n constant rates evenly spaced from the synchronous rate up to
   * and including the throughput rate (rate_j = sync + j / n * (throughput - sync), j = 1..n, in
   * benchmark_index order, or measured-rate order without it). Only when the sweep is complete:
   * the lower half of the measured rates must lie within 15% of their inferred targets (a trimmed
   * or partial sweep infers nothing). Default true.
   */
  inferSweepRates?: boolean;
  /**
   * Latency jump: an open-loop row whose latency exceeds jumpFactor times the previous kept
   * row's while its measured rate grew by less than plateauGrowth (throughput plateau). Default 1.5;
   * null switches the rule off.
   */
  jumpFactor?: number | null;
  /** See jumpFactor. Default 0.05 (5%). */
  plateauGrowth?: number;
  /** Once an open-loop row is saturated, every higher-rate row of its sweep is too. Default true. */
  cascade?: boolean;
  /**
   * Columns identifying one sweep (the rules compare rows of one sweep). Default sweepColumns:
   * CONFIG_KEYS and the metadata columns that separate sweeps. Rows whose alpha is null are
   * further split by run (the `source` file when it holds several rows of the configuration; the
   * single-result files, one vLLM result per rate, together), since without alpha the configuration columns
   * cannot tell apart sweeps of different acceptance.
   */
  groupBy?: readonly string[];
}

/** ExclusionOptions with defaults filled in. */
export interface CheckedExclusionOptions {
  maxConcurrency: number | null | undefined;
  capFraction: number;
  maxErroredShare: number;
  minErrored: number;
  backlogRatio: number | null;
  minRateRatio: number | null;
  drainLatencies: number | null;
  arrivalSpread: number;
  ttftGrowth: number | null;
  queueShare: number;
  concurrencyReached: boolean;
  throughputFraction: number | null;
  inferSweepRates: boolean;
  jumpFactor: number | null;
  plateauGrowth: number;
  cascade: boolean;
  groupBy: readonly string[] | undefined;
}

/**
 * Checks exclusion thresholds and fills in the defaults.
 *
 * @param options the thresholds as given
 * @returns every threshold
 * @throws {Error} `excludeSaturated requires options.<name> to be a number >= 0 ...`
 * @example
 * checkExclusionOptions({ ttftGrowth: null }).drainLatencies; // 3
 */
export function checkExclusionOptions(options: ExclusionOptions): CheckedExclusionOptions {
  const num = (name: keyof ExclusionOptions, fallback: number, nullable: boolean): number | null => {
    const value = options[name];
    if (value === undefined) return fallback;
    if (value === null && nullable) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`excludeSaturated requires options.${name} to be a number >= 0${nullable ? ' or null' : ''}, got ${String(value)}`);
    }
    return value;
  };
  const bool = (name: keyof ExclusionOptions, fallback: boolean): boolean => {
    const value = options[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') throw new Error(`excludeSaturated requires options.${name} to be true or false, got ${String(value)}`);
    return value;
  };
  const mc = options.maxConcurrency;
  if (mc !== undefined && mc !== null && !(typeof mc === 'number' && mc > 0 && Number.isFinite(mc))) {
    throw new Error(`excludeSaturated requires options.maxConcurrency to be a positive number or null, got ${String(mc)}`);
  }
  if (options.groupBy !== undefined && !Array.isArray(options.groupBy)) throw new Error('excludeSaturated requires options.groupBy to be an array of column names');
  return {
    maxConcurrency: mc,
    capFraction: num('capFraction', 0.9, false) as number,
    maxErroredShare: num('maxErroredShare', 0.02, false) as number,
    minErrored: num('minErrored', 2, false) as number,
    backlogRatio: num('backlogRatio', 1.5, true),
    minRateRatio: num('minRateRatio', 0.9, true),
    drainLatencies: num('drainLatencies', 3, true),
    arrivalSpread: num('arrivalSpread', 3, false) as number,
    ttftGrowth: num('ttftGrowth', 3, true),
    queueShare: num('queueShare', 0.1, false) as number,
    concurrencyReached: bool('concurrencyReached', true),
    throughputFraction: num('throughputFraction', 0.98, true),
    inferSweepRates: bool('inferSweepRates', true),
    jumpFactor: num('jumpFactor', 1.5, true),
    plateauGrowth: num('plateauGrowth', 0.05, false) as number,
    cascade: bool('cascade', true),
    groupBy: options.groupBy,
  };
}
