/**
 * The streamed chunks of one run, in delivery order, in growable typed arrays: which request
 * received how many tokens when (one chunk per request per engine step that committed tokens).
 */
export class ChunkLog {
  /** Chunks logged. */
  size = 0;
  private requestId: Int32Array;
  private timeS: Float64Array;
  private tokens: Int32Array;

  /**
   * @param capacity initial capacity (grows by doubling; 0 for a log that is never written)
   * @example
   * const log = new ChunkLog(1024);
   * log.add(0, 0.05, 1);
   * log.arrays().tokens; // Int32Array [1]
   */
  constructor(capacity = 1024) {
    this.requestId = new Int32Array(capacity);
    this.timeS = new Float64Array(capacity);
    this.tokens = new Int32Array(capacity);
  }

  /** Logs `tokens` tokens delivered to request `id` at `timeS` seconds. */
  add(id: number, timeS: number, tokens: number): void {
    const n = this.size;
    if (n === this.requestId.length) this.grow();
    this.requestId[n] = id;
    this.timeS[n] = timeS;
    this.tokens[n] = tokens;
    this.size = n + 1;
  }

  /** Copies of the logged chunks, trimmed to their count. */
  arrays(): { requestId: Int32Array; timeS: Float64Array; tokens: Int32Array } {
    const n = this.size;
    return { requestId: this.requestId.slice(0, n), timeS: this.timeS.slice(0, n), tokens: this.tokens.slice(0, n) };
  }

  private grow(): void {
    const c = Math.max(4, this.requestId.length * 2);
    const a = new Int32Array(c);
    a.set(this.requestId);
    this.requestId = a;
    const b = new Float64Array(c);
    b.set(this.timeS);
    this.timeS = b;
    const d = new Int32Array(c);
    d.set(this.tokens);
    this.tokens = d;
  }
}
