import { naturalCompare } from '../util/natural-compare.js';

/** One group of {@link groupSorted}: its key and its items in input order (never empty). */
export interface SortedGroup<T> {
  key: string;
  items: T[];
}

/**
 * Groups items by a string key and returns the groups in natural order of their keys
 * (see {@link naturalCompare}), so traces come out in a deterministic order. Groups are
 * created only for keys that occur, so none is empty.
 *
 * @param items the items
 * @param key the group key of an item
 * @returns the groups, sorted by key
 * @example
 * groupSorted([{ g: 'b' }, { g: 'a' }, { g: 'b' }], (p) => p.g).map((x) => [x.key, x.items.length]);
 * // [['a', 1], ['b', 2]]
 */
export function groupSorted<T>(items: readonly T[], key: (item: T) => string): Array<SortedGroup<T>> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = byKey.get(k);
    if (list) list.push(item);
    else byKey.set(k, [item]);
  }
  return [...byKey.keys()].sort(naturalCompare).map((k) => ({ key: k, items: byKey.get(k) as T[] }));
}
