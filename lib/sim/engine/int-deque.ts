/**
 * A double-ended queue of integers (ring buffer over an Int32Array), used for the
 * scheduler's waiting queue: new requests join at the back, preempted ones at the front.
 */
export class IntDeque {
  private buf: Int32Array;
  private head = 0;
  private n = 0;

  /**
   * @param capacity initial capacity (grows as needed)
   * @example
   * const d = new IntDeque();
   * d.pushBack(1); d.pushFront(0); d.shift(); // 0
   */
  constructor(capacity = 16) {
    this.buf = new Int32Array(Math.max(2, capacity | 0));
  }

  /** Number of elements. */
  get size(): number {
    return this.n;
  }

  /** Appends at the back. */
  pushBack(x: number): void {
    if (this.n === this.buf.length) this.grow();
    this.buf[(this.head + this.n) % this.buf.length] = x;
    this.n++;
  }

  /** Prepends at the front. */
  pushFront(x: number): void {
    if (this.n === this.buf.length) this.grow();
    this.head = (this.head - 1 + this.buf.length) % this.buf.length;
    this.buf[this.head] = x;
    this.n++;
  }

  /**
   * The front element without removing it.
   *
   * @throws {Error} when empty
   */
  peek(): number {
    if (this.n === 0) throw new Error('IntDeque.peek requires a non-empty deque');
    return this.buf[this.head];
  }

  /**
   * Removes and returns the front element.
   *
   * @throws {Error} when empty
   */
  shift(): number {
    if (this.n === 0) throw new Error('IntDeque.shift requires a non-empty deque');
    const x = this.buf[this.head];
    this.head = (this.head + 1) % this.buf.length;
    this.n--;
    return x;
  }

  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let i = 0; i < this.n; i++) next[i] = this.buf[(this.head + i) % this.buf.length];
    this.buf = next;
    this.head = 0;
  }
}
