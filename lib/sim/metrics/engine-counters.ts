import type { SimEngineStats } from '../sim-run-types.js';

/**
 * The engine's running counters over one run (vLLM's scheduler and spec-decode metrics): steps,
 * busy time, step-time-weighted batch size, drafts verified and accepted per position, and the
 * time-weighted number of requests at the server. `stats()` turns them into SimEngineStats.
 */
export class EngineCounters {
  steps = 0;
  /** Seconds the engine spent in completed steps. */
  busyS = 0;
  /** Sum over completed steps of sequences x step time (s). */
  batchTimeS = 0;
  /** Verifications that carried at least one draft. */
  drafts = 0;
  /** Draft tokens verified. */
  draftTokens = 0;
  /** Draft tokens accepted. */
  acceptedTokens = 0;
  /** acceptedAtPos[i]: verifications whose draft at position i was accepted. */
  readonly acceptedAtPos: Float64Array;
  private atServer = 0;
  private atServerArea = 0;
  private atServerSince = 0;

  /**
   * @param k draft length (0: plain decoding)
   * @example
   * const c = new EngineCounters(3);
   * c.stepDone(4, 0.02);
   * c.verified(3, 2); // 3 drafts, 2 accepted
   */
  constructor(k: number) {
    this.acceptedAtPos = new Float64Array(k);
  }

  /** A step of `numSeqs` sequences that took `durationS` seconds completed. */
  stepDone(numSeqs: number, durationS: number): void {
    this.steps++;
    this.busyS += durationS;
    this.batchTimeS += numSeqs * durationS;
  }

  /** A verification of `draftTokens` > 0 drafts accepted the first `accepted` of them. */
  verified(draftTokens: number, accepted: number): void {
    this.drafts++;
    this.draftTokens += draftTokens;
    this.acceptedTokens += accepted;
    for (let pos = 0; pos < accepted; pos++) this.acceptedAtPos[pos]++;
  }

  /** The number of requests at the server (sent, not yet ended) changed by `delta` at `nowS`. */
  changeAtServer(nowS: number, delta: number): void {
    this.atServerArea += this.atServer * (nowS - this.atServerSince);
    this.atServerSince = nowS;
    this.atServer += delta;
  }

  /**
   * The run's engine statistics.
   * @param durationS benchmark length (s); the time-weighted in-flight count must have been brought up to it (changeAtServer(durationS, 0))
   * @param preemptions preemptions during the run
   * @param speculating whether the run speculated (per-position acceptance is [] otherwise)
   */
  stats(durationS: number, preemptions: number, speculating: boolean): SimEngineStats {
    const k = this.acceptedAtPos.length;
    const drafts = this.drafts;
    const perPositionAcceptance: number[] = [];
    for (let i = 0; i < k; i++) perPositionAcceptance.push(drafts > 0 ? this.acceptedAtPos[i] / drafts : 0);
    return {
      steps: this.steps,
      preemptions,
      meanBatchSize: this.busyS > 0 ? this.batchTimeS / this.busyS : 0,
      busyFraction: this.busyS / durationS,
      meanInFlight: this.atServerArea / durationS,
      drafts,
      draftTokens: this.draftTokens,
      acceptedTokens: this.acceptedTokens,
      perPositionAcceptance: speculating ? perPositionAcceptance : [],
      acceptanceLength: drafts > 0 ? 1 + this.acceptedTokens / drafts : null,
    };
  }
}
