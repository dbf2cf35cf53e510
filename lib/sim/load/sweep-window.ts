/**
 * How long the benchmarks of one GuideLLM sweep run when the benchmark length follows the
 * requests' latency: GuideLLM's `--max-seconds` set from a pilot request's latency, with a
 * `--warmup` fraction that keeps the server's fill-up from idle out of the statistics.
 */
export interface SweepWindow {
  /** Shortest benchmark (s): max_seconds is never below it (the real runs' 90 s). */
  minDurationS: number;
  /** max_seconds = latencyMultiple x the pilot latency, rounded up to whole seconds, when that is longer. */
  latencyMultiple: number;
  /** Longest benchmark (s): a cap on the cost (default Infinity). */
  maxDurationS?: number;
  /** GuideLLM --warmup as a fraction of max_seconds, in [0, 1). */
  warmupFrac: number;
}

/** A sweep's benchmark length and warm-up. */
export interface SweepWindowDuration {
  /** GuideLLM max_seconds of every benchmark of the sweep (s). */
  durationS: number;
  /** Warm-up fraction (GuideLLM --warmup). */
  warmupFrac: number;
}

/**
 * The benchmark length of a sweep from the latency of a pilot request on an idle server:
 * max_seconds = min(maxDurationS, max(minDurationS, ceil(latencyMultiple x pilotLatencyS))), the
 * warm-up fraction as the window says. Under load a request takes a few times its idle latency;
 * a warm-up of several loaded latencies lets the server reach its steady state before the
 * statistics start, and the rest of the benchmark leaves requests that complete in it enough
 * time (GuideLLM counts completions inside the window).
 *
 * @param window the policy
 * @param pilotLatencyS end-to-end latency of one request alone (s), > 0
 * @returns { durationS, warmupFrac }
 * @throws {Error} `sweepWindowDuration requires ...` for a bad policy or latency
 * @example
 * sweepWindowDuration({ minDurationS: 90, latencyMultiple: 25, warmupFrac: 0.4 }, 13); // { durationS: 325, warmupFrac: 0.4 }
 */
export function sweepWindowDuration(window: SweepWindow, pilotLatencyS: number): SweepWindowDuration {
  checkSweepWindow('sweepWindowDuration', window);
  if (!Number.isFinite(pilotLatencyS) || pilotLatencyS <= 0) throw new Error(`sweepWindowDuration requires a finite pilot latency > 0, got ${pilotLatencyS}`);
  const scaled = Math.ceil(window.latencyMultiple * pilotLatencyS);
  const durationS = Math.min(window.maxDurationS ?? Infinity, Math.max(window.minDurationS, scaled));
  return { durationS, warmupFrac: window.warmupFrac };
}

/**
 * Validates a sweep window policy.
 *
 * @param fn the calling function's name, for messages
 * @param window the policy
 * @throws {Error} `<fn> requires ...` for a missing or out-of-range field
 */
export function checkSweepWindow(fn: string, window: SweepWindow): void {
  if (window === null || typeof window !== 'object') throw new Error(`${fn} requires a sweep window object`);
  const { minDurationS, latencyMultiple, warmupFrac } = window;
  const maxDurationS = window.maxDurationS ?? Infinity;
  if (!Number.isFinite(minDurationS) || minDurationS <= 0) throw new Error(`${fn} requires window.minDurationS > 0, got ${minDurationS}`);
  if (!Number.isFinite(latencyMultiple) || latencyMultiple <= 0) throw new Error(`${fn} requires window.latencyMultiple > 0, got ${latencyMultiple}`);
  if (!(maxDurationS >= minDurationS)) throw new Error(`${fn} requires window.maxDurationS >= minDurationS, got ${maxDurationS}`);
  if (!(warmupFrac >= 0 && warmupFrac < 1)) throw new Error(`${fn} requires window.warmupFrac in [0, 1), got ${warmupFrac}`);
}
