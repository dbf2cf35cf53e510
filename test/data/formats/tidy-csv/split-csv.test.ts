import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, splitCsv } from '../../../../lib/data/formats/tidy-csv/split-csv.js';

describe('splitCsv', () => {
  it('splits quoted fields with commas, quotes and newlines; CRLF; blank lines', () => {
    expect(splitCsv('a,b\r\n"x,1","say ""hi"""\n\n"two\nlines",\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x,1', 'say "hi"'], line: 2 },
      { fields: ['two\nlines', ''], line: 4 },
    ]);
    expect(splitCsv('a')).toEqual([{ fields: ['a'], line: 1 }]);
    expect(splitCsv('')).toEqual([]);
  });

  it('rejects malformed quoting', () => {
    expect(splitCsv('a,b\r')).toEqual([{ fields: ['a', 'b\r'], line: 1 }]); // a lone final CR is data, quotes or not
    expect(splitCsv('"a",b\r')).toEqual([{ fields: ['a', 'b\r'], line: 1 }]);
    expect(() => splitCsv('a,"b\n')).toThrow('splitCsv: line 1: unterminated quoted field');
    expect(() => splitCsv('a,"b"c\n')).toThrow('splitCsv: line 1: text after a closing quote');
    expect(() => splitCsv('a,b"c\n')).toThrow('splitCsv: line 1: a quote inside an unquoted field');
  });

  it('splits text without quotes (its fast path) exactly as the quoted parser does', () => {
    // A first line with a quoted field sends the same text through the character parser.
    const cell = fc.stringMatching(/^[a-z0-9 .\r-]{0,4}$/);
    const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, trailing) => {
        const text = lines.join(eol) + (trailing ? eol : '');
        const viaQuotes = splitCsv(`"q"\n${text}`).slice(1).map((r) => ({ ...r, line: r.line - 1 }));
        expect(splitCsv(text)).toEqual(viaQuotes);
      }),
    );
  });

  it('csvRecords gives the same records one at a time, with or without quotes', () => {
    for (const text of ['a,b\r\n1,2\n\n \n3,\n', 'a,b\n"x,1",2\n\n3,4']) {
      const r = csvRecords(text);
      expect(Array.from({ length: r.count }, (_, i) => r.record(i))).toEqual(splitCsv(text));
    }
    expect(csvRecords('a,b\r\n1,2\n\n \n3,\n').record(2)).toEqual({ fields: ['3', ''], line: 5 });
  });
});
