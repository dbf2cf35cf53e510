import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/data/read-document.js';

describe('readDocument', () => {
  it('decodes JSON, JSON Lines, CSV and YAML by content', () => {
    expect(readDocument('\ufeff {"a": 1}', 'f', 'x')).toEqual({ syntax: 'json', value: { a: 1 } });
    expect(readDocument('{"a": 1}\n\n{"a": 2}\n', 'f', 'x')).toEqual({ syntax: 'jsonl', value: [{ a: 1 }, { a: 2 }] });
    expect(readDocument('a,b\n1,2\n', 'f', 'x')).toEqual({ syntax: 'csv', value: 'a,b\n1,2\n' });
    expect(readDocument('---\na: [1, 2]\nb: null\n', 'f', 'x')).toEqual({ syntax: 'yaml', value: { a: [1, 2], b: null } });
  });

  it('errors name the function and file', () => {
    expect(() => readDocument('  \n', 'parseX', 'r.json')).toThrow('parseX: r.json: (document): empty file');
    expect(() => readDocument('[1,', 'parseX', 'r.json')).toThrow(/^parseX: r\.json: \(document\): not valid JSON \(/);
    expect(() => readDocument(42 as unknown as string, 'parseX', 'r.json')).toThrow('parseX requires the file text as a string');
  });
});
