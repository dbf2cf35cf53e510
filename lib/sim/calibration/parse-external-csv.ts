/**
 * Parses one of the small public-measurement CSV files of data/external (plain CSV: a header
 * row, comma-separated cells, no quoting). Cells that read as finite numbers become numbers,
 * the rest stay strings; empty cells become null.
 *
 * @param text the file's content
 * @param file the file name, for messages
 * @returns one object per data row, keyed by the header
 * @throws {Error} `parseExternalCsv: <file>: line <n>: <problem>` when a row's cell count differs from the header's
 * @example
 * parseExternalCsv('batch_size,k\n4,5\n', 'x.csv'); // [{ batch_size: 4, k: 5 }]
 */
export function parseExternalCsv(text: string, file: string): Array<Record<string, string | number | null>> {
  if (typeof text !== 'string') throw new Error(`parseExternalCsv requires the file text as a string (${file})`);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = lines[0].split(',').map((h) => h.trim());
  if (header.length === 0 || header[0] === '') throw new Error(`parseExternalCsv: ${file}: line 1: empty header`);
  const rows: Array<Record<string, string | number | null>> = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i].trim() === '') continue;
    const cells = lines[i].split(',');
    if (cells.length !== header.length) {
      throw new Error(`parseExternalCsv: ${file}: line ${i + 1}: ${cells.length} cells, header has ${header.length}`);
    }
    const row: Record<string, string | number | null> = {};
    header.forEach((h, j) => {
      const c = cells[j].trim();
      const n = Number(c);
      row[h] = c === '' ? null : Number.isFinite(n) ? n : c;
    });
    rows.push(row);
  }
  return rows;
}
