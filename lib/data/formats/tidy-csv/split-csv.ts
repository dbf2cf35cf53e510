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
 * Why not arquero's CSV reader (fromCSV / loadCSV): measured on an 18,250-row, 34-column tidy CSV
 * (data/sim/qwen3-8b@a100-80gb.csv), CPU ms in fresh Node 20 processes (3 runs; first call, then
 * the median of 7 more): importing arquero takes 210-245 ms (this module: 6 ms); aq.fromCSV
 * takes 335-370 ms on its first call and 225-250 ms warm (autoType false: 180 ms warm;
 * with .objects() for rows: 380-410 / 285-320 ms), while this splitter takes 90-190 / 110-115 ms and
 * the whole of parseTidyCsv (split, typing, configuration, checks, row objects) 290-375 /
 * 225-265 ms. arquero's values are the same except an empty drafter cell (null, where the tidy
 * schema has ''), and its table would still need the rows built and checked. So the tidy CSV
 * reader keeps this splitter: arquero would cost a CLI process 0.4-0.6 s more.
 *
 * @param text the CSV text
 * @returns the records, each with its starting line number
 * @throws {Error} `splitCsv: line <n>: unterminated quoted field` or a quote in the middle of a field
 * @example
 * splitCsv('a,b\n"x,1",2\n'); // [{ fields: ['a','b'], line: 1 }, { fields: ['x,1','2'], line: 2 }]
 */
export function splitCsv(text: string): CsvRecord[] {
  const records = csvRecords(text);
  return Array.from({ length: records.count }, (_, i) => records.record(i));
}

/** The records of a CSV text, each split when it is asked for (see {@link csvRecords}). */
export interface CsvRecords {
  /** Number of records (blank lines are not records). */
  count: number;
  /** Record i (0-based; record 0 is the header of a file with one). */
  record: (i: number) => CsvRecord;
}

/**
 * The records of CSV text as {@link splitCsv} splits them, each split into fields only when
 * asked for: a reader that converts one record at a time holds the fields of one line, not the
 * whole file's (on a 16k-row tidy CSV, the 600k field strings of all lines alive at once were
 * most of the parser's garbage-collection time). Text with a double quote anywhere is split
 * whole by the character parser first.
 *
 * @param text the CSV text
 * @returns the number of records and a function returning record i
 * @throws {Error} as splitCsv (at once, for text with quotes)
 * @example
 * const r = csvRecords('a,b\n1,2\n');
 * r.count; // 2
 * r.record(1); // { fields: ['1', '2'], line: 2 }
 */
export function csvRecords(text: string): CsvRecords {
  if (text.includes('"')) {
    const records = splitQuoted(text);
    return { count: records.length, record: (i) => records[i] };
  }
  const lines = text.split('\n');
  const last = lines.length - 1;
  // '\r\n' ends a line; a '\r' at the very end of the text (no '\n' after it) stays in its field
  const lineText = (i: number): string => (i < last && lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i]);
  const starts: number[] = [];
  for (let i = 0; i <= last; i++) {
    const line = lineText(i);
    if (line.includes(',') || line.trim() !== '') starts.push(i); // else a blank line
  }
  return { count: starts.length, record: (i) => ({ fields: lineText(starts[i]).split(','), line: starts[i] + 1 }) };
}

/** splitCsv's character parser, for text with double quotes. */
function splitQuoted(text: string): CsvRecord[] {
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
