/**
 * A min-priority queue of simulation events (binary heap over parallel typed arrays, no
 * per-event objects). Events are ordered by time, then by kind (smaller kind first at equal
 * times), then by insertion order, so the simulation is deterministic.
 */
export class EventQueue {
  private times: Float64Array;
  private kinds: Int32Array;
  private payloads: Int32Array;
  private seqs: Float64Array;
  private n = 0;
  private counter = 0;

  /**
   * @param capacity initial capacity (grows as needed)
   * @example
   * const q = new EventQueue();
   * q.push(1.5, 0, 7);
   * q.peekTime(); // 1.5
   */
  constructor(capacity = 16) {
    const c = Math.max(2, capacity | 0);
    this.times = new Float64Array(c);
    this.kinds = new Int32Array(c);
    this.payloads = new Int32Array(c);
    this.seqs = new Float64Array(c);
  }

  /** Number of pending events. */
  get size(): number {
    return this.n;
  }

  /**
   * Adds an event.
   *
   * @param timeS event time (s)
   * @param kind event kind (integer; smaller kinds run first at equal times)
   * @param payload an integer (e.g. a request id)
   * @throws {Error} when timeS is NaN
   * @example
   * q.push(0, 2, -1);
   */
  push(timeS: number, kind: number, payload: number): void {
    if (Number.isNaN(timeS)) throw new Error('EventQueue.push requires a time that is not NaN');
    if (this.n === this.times.length) this.grow();
    let i = this.n++;
    const seq = this.counter++;
    // sift up
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(timeS, kind, seq, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.times[i] = timeS;
    this.kinds[i] = kind;
    this.payloads[i] = payload;
    this.seqs[i] = seq;
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.n > 0 ? this.times[0] : Infinity;
  }

  /** Kind of the earliest event (-1 when empty). */
  peekKind(): number {
    return this.n > 0 ? this.kinds[0] : -1;
  }

  /** Payload of the earliest event (0 when empty). */
  peekPayload(): number {
    return this.n > 0 ? this.payloads[0] : 0;
  }

  /**
   * Removes the earliest event (read it first with the peek methods).
   *
   * @throws {Error} when the queue is empty
   * @example
   * const t = q.peekTime(); q.pop();
   */
  pop(): void {
    if (this.n === 0) throw new Error('EventQueue.pop requires a non-empty queue');
    const last = --this.n;
    if (last === 0) return;
    const t = this.times[last];
    const k = this.kinds[last];
    const p = this.payloads[last];
    const s = this.seqs[last];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const c = r < last && this.lessIdx(r, l) ? r : l;
      if (!this.lessAt(c, t, k, s)) break;
      this.move(c, i);
      i = c;
    }
    this.times[i] = t;
    this.kinds[i] = k;
    this.payloads[i] = p;
    this.seqs[i] = s;
  }

  private less(t: number, k: number, s: number, j: number): boolean {
    const tj = this.times[j];
    if (t !== tj) return t < tj;
    const kj = this.kinds[j];
    if (k !== kj) return k < kj;
    return s < this.seqs[j];
  }

  /** Is the element at c before (t, k, s)? */
  private lessAt(c: number, t: number, k: number, s: number): boolean {
    const tc = this.times[c];
    if (tc !== t) return tc < t;
    const kc = this.kinds[c];
    if (kc !== k) return kc < k;
    return this.seqs[c] < s;
  }

  private lessIdx(a: number, b: number): boolean {
    return this.lessAt(a, this.times[b], this.kinds[b], this.seqs[b]);
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.kinds[to] = this.kinds[from];
    this.payloads[to] = this.payloads[from];
    this.seqs[to] = this.seqs[from];
  }

  private grow(): void {
    const c = this.times.length * 2;
    const t = new Float64Array(c);
    t.set(this.times);
    this.times = t;
    const k = new Int32Array(c);
    k.set(this.kinds);
    this.kinds = k;
    const p = new Int32Array(c);
    p.set(this.payloads);
    this.payloads = p;
    const s = new Float64Array(c);
    s.set(this.seqs);
    this.seqs = s;
  }
}
