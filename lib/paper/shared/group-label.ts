/**
 * The legend label of a group value: `k = 3` for the draft length, `α = 0.70` for the
 * acceptance probability (two decimals), `prefill 512` / `decode 128` for the lengths (tokens),
 * the plain value for anything else (e.g. a verifier name); a missing value prints as 'none'.
 * Every paper-step function that colours points by a column labels them this way, so the
 * figures of one notebook share their legends.
 *
 * @param column the tidy column the group comes from, e.g. 'verifier', 'k' or 'alpha'
 * @param value the column's value
 * @returns the label
 * @throws {Error} `groupLabel requires a column name` for an empty or non-string column
 * @example
 * groupLabel('k', 3); // 'k = 3'
 * groupLabel('alpha', 0.7); // 'α = 0.70'
 * groupLabel('verifier', 'Qwen3-8B'); // 'Qwen3-8B'
 */
export function groupLabel(column: string, value: unknown): string {
  if (typeof column !== 'string' || column === '') throw new Error('groupLabel requires a column name');
  const text = value === null || value === undefined ? 'none' : String(value);
  switch (column) {
    case 'alpha':
      return `α = ${typeof value === 'number' ? value.toFixed(2) : text}`;
    case 'k':
      return `k = ${text}`;
    case 'prefill_tokens':
      return `prefill ${text}`;
    case 'decode_tokens':
      return `decode ${text}`;
    default:
      return text;
  }
}
