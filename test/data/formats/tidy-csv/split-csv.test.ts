import { describe, expect, it } from 'vitest';
import { splitCsv } from '../../../../lib/data/formats/tidy-csv/split-csv.js';

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
    expect(() => splitCsv('a,"b\n')).toThrow('splitCsv: line 1: unterminated quoted field');
    expect(() => splitCsv('a,"b"c\n')).toThrow('splitCsv: line 1: text after a closing quote');
    expect(() => splitCsv('a,b"c\n')).toThrow('splitCsv: line 1: a quote inside an unquoted field');
  });
});
