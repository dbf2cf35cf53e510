/**
 * The sequences of one engine step, column-wise in typed arrays sized for max_num_seqs and reused
 * from step to step (vidur's Batch). The scheduler fills it, acceptance sampling sets `committed`
 * for decodes, the pricer reads it, and the step's end commits it to the request table.
 */
export class StepBatch {
  /** Sequences in the step. */
  size = 0;
  /** Request id of each sequence. */
  readonly id: Int32Array;
  /** Query tokens fed to the verifier: a prefill chunk, or 1 + drafts for a decode. */
  readonly query: Float64Array;
  /** Draft tokens to verify (decodes; 0 for prefill chunks). */
  readonly drafts: Int32Array;
  /** Tokens the step commits (delivers): 1 + accepted drafts for a decode; 1 or 0 for a prefill chunk. */
  readonly committed: Int32Array;
  /** 1 for a prefill chunk, 0 for a decode. */
  readonly prefill: Uint8Array;
  /** Context (tokens in KV) of each sequence when the step was scheduled. */
  readonly ctx: Float64Array;
  /** Output tokens each sequence still needed when the step was scheduled. */
  readonly left: Int32Array;
  /** Drafts each sequence proposes next (set by the drafter pricing; -1 if it finishes). */
  readonly next: Int32Array;

  /**
   * @param maxSeqs the most sequences a step can hold (max_num_seqs)
   * @example
   * const batch = new StepBatch(256);
   */
  constructor(maxSeqs: number) {
    this.id = new Int32Array(maxSeqs);
    this.query = new Float64Array(maxSeqs);
    this.drafts = new Int32Array(maxSeqs);
    this.committed = new Int32Array(maxSeqs);
    this.prefill = new Uint8Array(maxSeqs);
    this.ctx = new Float64Array(maxSeqs);
    this.left = new Int32Array(maxSeqs);
    this.next = new Int32Array(maxSeqs);
  }

  /**
   * Appends a sequence. A prefill chunk that completes the (re)computed context (ctx + query =
   * prefillEnd) samples one token, so it commits 1; other prefill chunks commit 0; a decode's
   * commit is set later by acceptance sampling.
   *
   * @param id request id
   * @param query query tokens
   * @param nDrafts drafts to verify (decodes)
   * @param prefill whether this is a prefill chunk
   * @param ctx tokens already in the request's KV cache
   * @param left output tokens the request still needs
   * @param prefillEnd tokens to compute before the request samples its next token
   */
  add(id: number, query: number, nDrafts: number, prefill: boolean, ctx: number, left: number, prefillEnd: number): void {
    const n = this.size;
    this.id[n] = id;
    this.query[n] = query;
    this.drafts[n] = nDrafts;
    this.prefill[n] = prefill ? 1 : 0;
    this.ctx[n] = ctx;
    this.left[n] = left;
    this.committed[n] = prefill ? (ctx + query === prefillEnd ? 1 : 0) : 0;
    this.size = n + 1;
  }
}
