const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A count as prose writes it: the word up to ten, digits above.
 *
 * @param n a non-negative integer
 * @returns e.g. 'five', '12'
 * @throws {Error} `countWord requires a non-negative integer, got <n>`
 * @example
 * countWord(5); // 'five'
 */
export function countWord(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`countWord requires a non-negative integer, got ${n}`);
  return n < WORDS.length ? WORDS[n] : String(n);
}
