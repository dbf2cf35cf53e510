/** One CSV record with the 1-based line number where it starts. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Splits RFC 4180 CSV text into records: comma-separated fields, fields in double quotes may
 * hold commas, newlines and doubled quotes (`""`). Accepts LF and CRLF line ends. Blank lines
 * are skipped. Pure; no type conversion.
 *
 * @param text the CSV text
 * @returns the records, each with its starting line number
 * @throws {Error} `splitCsv: line <n>: unterminated quoted field` or a quote in the middle of a field
 * @example
 * splitCsv('a,b\n"x,1",2\n'); // [{ fields: ['a','b'], line: 1 }, { fields: ['x,1','2'], line: 2 }]
 */
export function splitCsv(text: string): CsvRecord[] {
  if (!text.includes('"')) return splitUnquoted(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0].trim() === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`splitCsv: line ${quoteLine}: unterminated quoted field`);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        throw new Error(`splitCsv: line ${line}: text after a closing quote`);
      }
      atFieldStart = false;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
    } else if (c === '\n') {
      endRecord();
      line++;
      recordLine = line;
      i++;
    } else {
      if (c === '"') throw new Error(`splitCsv: line ${line}: a quote inside an unquoted field`);
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** splitCsv for text without any double quote: every line is a record, every comma a separator. */
function splitUnquoted(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // '\r\n' ends a line; a '\r' at the very end of the text (no '\n' after it) stays in its field
    const line = i < lines.length - 1 && lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const fields = line.split(',');
    if (fields.length === 1 && fields[0].trim() === '') continue; // a blank line
    records.push({ fields, line: i + 1 });
  }
  return records;
}
