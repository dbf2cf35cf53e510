/**
 * The item with the smallest key; among items with equal keys, the one with the smallest tie key
 * (e.g. "the draft length k of the lowest latency, ties to the smaller k"); among items equal in
 * both, the first. Each key is computed once per item. A NaN key never wins against a number (every
 * comparison with NaN is false), so the result is an item with a NaN key only when the first
 * item's key is NaN; +Infinity keys lose to every finite key.
 *
 * @param items the candidates, at least one (not modified)
 * @param key the quantity to minimise, per item
 * @param tieKey breaks ties of `key`: the smaller wins (default: none, the first item wins)
 * @returns the winning item itself (not a copy, not its index)
 * @throws {Error} `argMinBy requires at least one item`
 * @example
 * argMinBy([{ k: 4, l: 1 }, { k: 2, l: 1 }, { k: 3, l: 2 }], (c) => c.l, (c) => c.k); // { k: 2, l: 1 }
 */
export function argMinBy<T>(items: readonly T[], key: (item: T) => number, tieKey?: (item: T) => number): T {
  if (!Array.isArray(items as unknown) || items.length === 0) throw new Error('argMinBy requires at least one item');
  let best = items[0];
  let bestKey = key(best);
  let bestTie = tieKey ? tieKey(best) : 0;
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const k = key(item);
    if (k < bestKey) {
      best = item;
      bestKey = k;
      bestTie = tieKey ? tieKey(item) : 0;
    } else if (k === bestKey && tieKey) {
      const t = tieKey(item);
      if (t < bestTie) {
        best = item;
        bestTie = t;
      }
    }
  }
  return best;
}
