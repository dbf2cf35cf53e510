import type { TidyRow } from '../../tidy-schema.js';
import { TIDY_COLUMNS } from '../../tidy-schema.js';

/**
 * Formats tidy rows as CSV: the TIDY_COLUMNS first, then every extra column in the order
 * first seen. null/undefined -> empty cell; numbers in full precision (`String(n)`, so
 * parseTidyCsv reads back the same doubles); booleans as true/false; arrays and objects as
 * JSON; cells with commas, quotes, newlines or edge spaces are quoted (RFC 4180). LF line
 * ends, with a final newline. Pure: returns the text (writing it is lib/io's job).
 *
 * @param rows the rows
 * @returns the CSV text (a header only for no rows)
 * @throws {Error} `formatTidyCsv requires finite numbers (row <i>, column <c>: <value>)`
 * @example
 * formatTidyCsv(rows).split('\n')[0]; // 'verifier,drafter,hardware,prefill_tokens,...'
 */
export function formatTidyCsv(rows: readonly TidyRow[]): string {
  if (!Array.isArray(rows)) throw new Error('formatTidyCsv requires an array of rows');
  const columns: string[] = [...TIDY_COLUMNS];
  const known = new Set(columns);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
    }
  }
  const lines = [columns.map(quoteCell).join(',')];
  rows.forEach((row, i) => {
    lines.push(
      columns
        .map((col) => {
          const v = row[col];
          if (v === null || v === undefined) return '';
          if (typeof v === 'number') {
            if (!Number.isFinite(v)) throw new Error(`formatTidyCsv requires finite numbers (row ${i}, column ${col}: ${v})`);
            return String(v);
          }
          if (typeof v === 'boolean') return v ? 'true' : 'false';
          if (typeof v === 'string') return quoteCell(v);
          return quoteCell(JSON.stringify(v));
        })
        .join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** Quotes a cell when it holds a comma, quote, line break or leading/trailing space. */
function quoteCell(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
