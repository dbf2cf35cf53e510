/** Rows sharing the values of some key columns. */
export interface RowGroup<T> {
  /** The key columns and their values, e.g. { verifier: 'Qwen3-8B', k: 3 }. */
  key: Record<string, unknown>;
  /** 'verifier=Qwen3-8B k=3' (for messages and tables). */
  label: string;
  /** The rows, in input order. */
  rows: T[];
  /** Each row's index in the input array. */
  indices: number[];
}

/**
 * Splits rows into groups by the values of `keys` (first-seen order of groups, input order
 * inside each group). Values are compared exactly (null, 0 and '' are distinct); a missing
 * column counts as null.
 *
 * @param rows objects with the key columns
 * @param keys column names (may be empty: one group of all rows)
 * @returns the groups
 * @throws {Error} `groupRows requires ...` when rows or keys are not arrays
 * @example
 * groupRows([{ a: 1, v: 2 }, { a: 2, v: 3 }, { a: 1, v: 4 }], ['a']).map((g) => g.indices); // [[0, 2], [1]]
 */
export function groupRows<T extends object>(rows: readonly T[], keys: readonly string[]): RowGroup<T>[] {
  if (!Array.isArray(rows)) throw new Error('groupRows requires an array of rows');
  if (!Array.isArray(keys)) throw new Error('groupRows requires an array of key column names');
  return groupIndicesCore(rows, keys).map((indices) => {
    const first = rows[indices[0]] as Record<string, unknown>;
    const key: Record<string, unknown> = {};
    for (const k of keys) key[k] = first[k] === undefined ? null : first[k];
    const label = keys.map((k) => `${k}=${key[k] === null ? 'null' : String(key[k])}`).join(' ');
    return { key, label, rows: indices.map((i) => rows[i]), indices };
  });
}

/**
 * The row indices of each group of {@link groupRows} (same groups, same order), without the
 * group objects: for callers that only need the partition, such as the saturation rules' sweeps.
 *
 * @param rows objects with the key columns
 * @param keys column names (may be empty: one group of all rows)
 * @returns the indices of each group, in first-seen order, ascending inside a group
 * @throws {Error} `groupIndices requires ...` when rows or keys are not arrays
 * @example
 * groupIndices([{ a: 1 }, { a: 2 }, { a: 1 }], ['a']); // [[0, 2], [1]]
 */
export function groupIndices(rows: readonly object[], keys: readonly string[]): number[][] {
  if (!Array.isArray(rows)) throw new Error('groupIndices requires an array of rows');
  if (!Array.isArray(keys)) throw new Error('groupIndices requires an array of key column names');
  return groupIndicesCore(rows, keys);
}

/**
 * groupIndices on checked input. Rows of one group usually follow each other (a sweep's runs): a
 * row whose key values equal the previous row's joins its group without building an id; the
 * others look their group up by one string id (groupKeyPart of each value). Values compare as
 * groupKeyPart sees them (undefined = null; a NaN or an object goes by its id).
 */
function groupIndicesCore(rows: readonly object[], keys: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  const values: unknown[] = new Array(keys.length);
  let previous: number[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    let same = previous !== null;
    for (let k = 0; k < keys.length; k++) {
      const v = row[keys[k]];
      if (same && v !== values[k] && !(v == null && values[k] == null)) same = false;
      values[k] = v;
    }
    if (same) {
      (previous as number[]).push(i);
      continue;
    }
    let id = '';
    for (let k = 0; k < keys.length; k++) id += groupKeyPart(values[k]);
    let g = groups.get(id);
    if (g) g.push(i);
    else groups.set(id, (g = [i]));
    previous = g;
  }
  return [...groups.values()];
}

/**
 * One value's part of a group id: typed and length-prefixed, so that ids made of several parts
 * never collide for distinct values (null, 0, '' and '0' all differ; undefined counts as null).
 *
 * @param v a column value
 * @returns its id part
 * @example
 * groupKeyPart('ab') + groupKeyPart(3); // 's2:abn3;'
 */
export function groupKeyPart(v: unknown): string {
  if (v === null || v === undefined) return 'z';
  if (typeof v === 'number') return `n${v};`;
  if (typeof v === 'string') return `s${v.length}:${v}`;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const json = JSON.stringify(v) ?? String(v);
  return `j${json.length}:${json}`;
}
