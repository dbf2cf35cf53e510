/**
 * The rows whose columns have all the given values (exact equality; an array value matches any
 * of its elements), in input order. For notebooks that fit only part of a data set, e.g. the
 * simulated Qwen3-8B systems at prefill 1024 / decode 1024.
 *
 * @param rows tidy rows (or any objects)
 * @param where column values, e.g. { verifier: 'Qwen3-8B', decode_tokens: [128, 1024] }
 * @returns the matching rows (the same objects)
 * @throws {Error} `selectRows requires ...` for a non-array or a where that is not an object
 * @example
 * selectRows(rows, { verifier: 'Qwen3-8B', k: [1, 3] }).length;
 */
export function selectRows<T extends object>(rows: readonly T[], where: Record<string, unknown>): T[] {
  if (!Array.isArray(rows as unknown)) throw new Error('selectRows requires an array of rows');
  if (where === null || typeof where !== 'object' || Array.isArray(where)) throw new Error('selectRows requires a where object of column values');
  const tests = Object.entries(where);
  return rows.filter((row) => {
    const record = row as Record<string, unknown>;
    return tests.every(([c, v]) => (Array.isArray(v) ? v.includes(record[c]) : record[c] === v));
  });
}
