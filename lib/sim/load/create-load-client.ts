import type { Rng } from '../../random/create-rng.js';
import type { SimStrategy } from '../sim-run-types.js';

/** What a load client needs from the simulation that drives it. */
export interface LoadClientHooks {
  /** Send one request now (nowS); targetS is when the strategy wanted to send it (<= nowS). */
  send(targetS: number, nowS: number): void;
  /** Call tick(timeS) at timeS (open-loop strategies schedule their next send this way). */
  scheduleTick(timeS: number): void;
}

/** A GuideLLM-like load generator, driven by the simulation's events. */
export interface LoadClient {
  /** Starts the benchmark at time 0 (closed loop: sends the first requests; open loop: schedules the first tick). */
  begin(): void;
  /** An open-loop send time has come. */
  tick(nowS: number): void;
  /** A request ended (completed or errored) at nowS. */
  requestDone(nowS: number): void;
  /** Requests sent and not yet ended. */
  readonly inFlight: number;
  /** Open-loop sends that are waiting for a free slot (max concurrency reached). */
  readonly blocked: number;
}

/**
 * Creates the client side of a GuideLLM benchmark:
 * - synchronous: one request at a time; the next is sent when the previous ends.
 * - concurrent: `streams` closed-loop streams, all starting at time 0.
 * - throughput: as many streams as the max concurrency (GuideLLM sends everything it can,
 *   up to its max concurrency; the real runs used 128).
 * - constant: sends at 0, 1/rate, 2/rate, ... (before the duration).
 * - poisson: sends at 0 and then after exponential gaps with mean 1/rate.
 * Open-loop sends never push the requests in flight above maxConcurrency: a send that finds
 * every slot busy waits (FIFO) and goes out when a request ends. Nothing is sent at or after
 * durationS.
 *
 * @param strategy a checked strategy (see checkStrategy)
 * @param durationS benchmark length (s), > 0
 * @param maxConcurrency GuideLLM max concurrency, integer >= 1
 * @param rng random stream (used by poisson only)
 * @param hooks how the client sends requests and schedules its ticks
 * @returns the client
 * @throws {Error} `createLoadClient requires ...` for a non-positive duration or max concurrency
 * @example
 * const c = createLoadClient({ type: 'constant', rate: 2 }, 10, 128, rng, hooks);
 * c.begin(); // schedules a tick at 0
 */
export function createLoadClient(
  strategy: SimStrategy,
  durationS: number,
  maxConcurrency: number,
  rng: Rng,
  hooks: LoadClientHooks,
): LoadClient {
  if (!(durationS > 0) || !Number.isFinite(durationS)) throw new Error(`createLoadClient requires a finite durationS > 0, got ${durationS}`);
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new Error(`createLoadClient requires an integer maxConcurrency >= 1, got ${maxConcurrency}`);
  }
  let inFlight = 0;
  const type = strategy.type;
  const closed = type === 'synchronous' || type === 'concurrent' || type === 'throughput';
  const streams = type === 'synchronous' ? 1 : type === 'concurrent' ? (strategy.streams as number) : maxConcurrency;
  const rate = strategy.rate ?? 0;
  const blockedTargets: number[] = [];
  let blockedHead = 0;
  let sendIndex = 0;

  const send = (targetS: number, nowS: number): void => {
    inFlight++;
    hooks.send(targetS, nowS);
  };

  const nextOpenTarget = (prevS: number): number => {
    if (type === 'constant') {
      sendIndex++;
      return sendIndex / rate; // no accumulated rounding: i / rate
    }
    return prevS + rng.exponential(rate);
  };

  return {
    begin() {
      if (closed) {
        for (let i = 0; i < streams; i++) send(0, 0);
      } else {
        hooks.scheduleTick(0);
      }
    },
    tick(nowS: number) {
      if (closed || nowS >= durationS) return;
      if (inFlight < maxConcurrency) send(nowS, nowS);
      else blockedTargets.push(nowS);
      const next = nextOpenTarget(nowS);
      if (next < durationS) hooks.scheduleTick(next);
    },
    requestDone(nowS: number) {
      inFlight--;
      if (nowS >= durationS) return;
      if (closed) {
        send(nowS, nowS);
      } else if (blockedHead < blockedTargets.length) {
        send(blockedTargets[blockedHead++], nowS);
      }
    },
    get inFlight() {
      return inFlight;
    },
    get blocked() {
      return blockedTargets.length - blockedHead;
    },
  };
}
