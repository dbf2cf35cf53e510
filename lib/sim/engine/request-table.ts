/** Request states inside the engine. */
export const REQ_WAITING = 0;
export const REQ_PREFILL = 1;
export const REQ_DECODE = 2;
export const REQ_DONE = 3;
export const REQ_ERROR_PENDING = 4;
export const REQ_ERRORED = 5;

/**
 * Per-request state of one simulation, column-wise in growable typed arrays (no per-request
 * objects). Index = request id, assigned in send order starting at 0 for every simulation.
 */
export class RequestTable {
  count = 0;
  targetStartS: Float64Array;
  startS: Float64Array;
  firstTokenS: Float64Array;
  lastTokenS: Float64Array;
  endS: Float64Array;
  promptTokens: Int32Array;
  targetOutput: Int32Array;
  /** Output tokens delivered so far. */
  generated: Int32Array;
  /** Tokens whose KV is in the cache. */
  computed: Int32Array;
  /** Tokens to (re)compute before the next token can be sampled: prompt + generated at admission. */
  prefillEnd: Int32Array;
  iterations: Int32Array;
  preemptions: Int32Array;
  /** Verifier KV blocks held. */
  blocks: Int32Array;
  /** Drafter KV blocks held (separate draft models only). */
  draftBlocks: Int32Array;
  state: Uint8Array;

  /**
   * @param capacity initial capacity (grows by doubling)
   * @example
   * const t = new RequestTable(64);
   * const id = t.add(0, 0, 512, 128); // 0
   */
  constructor(capacity = 256) {
    const c = Math.max(4, capacity | 0);
    this.targetStartS = new Float64Array(c);
    this.startS = new Float64Array(c);
    this.firstTokenS = new Float64Array(c);
    this.lastTokenS = new Float64Array(c);
    this.endS = new Float64Array(c);
    this.promptTokens = new Int32Array(c);
    this.targetOutput = new Int32Array(c);
    this.generated = new Int32Array(c);
    this.computed = new Int32Array(c);
    this.prefillEnd = new Int32Array(c);
    this.iterations = new Int32Array(c);
    this.preemptions = new Int32Array(c);
    this.blocks = new Int32Array(c);
    this.draftBlocks = new Int32Array(c);
    this.state = new Uint8Array(c);
  }

  /**
   * Adds a request in the waiting state and returns its id.
   *
   * @param targetS when the load generator wanted to send it (s)
   * @param startS when it was sent (s)
   * @param prompt prompt tokens
   * @param output output tokens requested
   * @returns the new id
   */
  add(targetS: number, startS: number, prompt: number, output: number): number {
    if (this.count === this.state.length) this.grow();
    const id = this.count++;
    this.targetStartS[id] = targetS;
    this.startS[id] = startS;
    this.firstTokenS[id] = NaN;
    this.lastTokenS[id] = NaN;
    this.endS[id] = NaN;
    this.promptTokens[id] = prompt;
    this.targetOutput[id] = output;
    this.prefillEnd[id] = prompt;
    this.state[id] = REQ_WAITING;
    return id;
  }

  private grow(): void {
    const c = this.state.length * 2;
    const f64 = (a: Float64Array): Float64Array => {
      const b = new Float64Array(c);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(c);
      b.set(a);
      return b;
    };
    this.targetStartS = f64(this.targetStartS);
    this.startS = f64(this.startS);
    this.firstTokenS = f64(this.firstTokenS);
    this.lastTokenS = f64(this.lastTokenS);
    this.endS = f64(this.endS);
    this.promptTokens = i32(this.promptTokens);
    this.targetOutput = i32(this.targetOutput);
    this.generated = i32(this.generated);
    this.computed = i32(this.computed);
    this.prefillEnd = i32(this.prefillEnd);
    this.iterations = i32(this.iterations);
    this.preemptions = i32(this.preemptions);
    this.blocks = i32(this.blocks);
    this.draftBlocks = i32(this.draftBlocks);
    const s = new Uint8Array(c);
    s.set(this.state);
    this.state = s;
  }
}
