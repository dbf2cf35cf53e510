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
  const groups = new Map<string, RowGroup<T>>();
  const values: unknown[] = new Array(keys.length);
  rows.forEach((row, index) => {
    const record = row as Record<string, unknown>;
    let id = '';
    for (let k = 0; k < keys.length; k++) {
      const v = record[keys[k]];
      values[k] = v === undefined ? null : v;
      id += groupKeyPart(values[k]);
    }
    let g = groups.get(id);
    if (!g) {
      const key: Record<string, unknown> = {};
      keys.forEach((k, i) => (key[k] = values[i]));
      const label = keys.map((k, i) => `${k}=${values[i] === null ? 'null' : String(values[i])}`).join(' ');
      g = { key, label, rows: [], indices: [] };
      groups.set(id, g);
    }
    g.rows.push(row);
    g.indices.push(index);
  });
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
