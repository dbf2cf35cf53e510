import { describe, expect, it } from 'vitest';
import { FieldReader } from '../../lib/data/field-reader.js';

const r = new FieldReader('parseX', 'f.json');
const doc = { a: [{ b: 1.5, c: 'x', n: null, neg: -2, frac: 2.5 }], 'odd:': 3 };

describe('FieldReader', () => {
  it('formats paths like benchmarks[2].metrics with odd keys quoted', () => {
    expect(FieldReader.formatPath(['benchmarks', 2, 'metrics', 'request_latency'])).toBe('benchmarks[2].metrics.request_latency');
    expect(FieldReader.formatPath([3, 'x'])).toBe('[3].x');
    expect(FieldReader.formatPath(['request_goodput:'])).toBe('["request_goodput:"]');
    expect(FieldReader.formatPath([])).toBe('(document)');
  });

  it('reads numbers and reports every problem with file and path', () => {
    expect(r.number(doc, ['a', 0, 'b'])).toBe(1.5);
    expect(r.number(doc, ['odd:'])).toBe(3);
    expect(() => r.number(doc, ['a', 0, 'c'])).toThrow('parseX: f.json: a[0].c: not a finite number (got "x")');
    expect(() => r.number(doc, ['a', 0, 'n'])).toThrow('parseX: f.json: a[0].n: missing');
    expect(() => r.number(doc, ['a', 5, 'b'])).toThrow('parseX: f.json: a[5].b: missing');
    expect(() => r.number(doc, ['a', 0, 'neg'], 'nonnegative')).toThrow('parseX: f.json: a[0].neg: negative (got -2)');
    expect(() => r.number(doc, ['a', 0, 'frac'], 'count')).toThrow('parseX: f.json: a[0].frac: not a non-negative integer count (got 2.5)');
    expect(r.optionalNumber(doc, ['a', 0, 'n'])).toBeNull();
    expect(r.optionalNumber(doc, ['zzz'])).toBeNull();
    expect(() => r.optionalNumber(doc, ['a', 0, 'c'])).toThrow('a[0].c: not a finite number');
  });

  it('reads objects, arrays and strings', () => {
    expect(r.array(doc, ['a'])).toHaveLength(1);
    expect(() => r.array(doc, ['odd:'])).toThrow('parseX: f.json: ["odd:"]: not an array (got 3)');
    expect(() => r.object(doc, ['a'])).toThrow('parseX: f.json: a: not an object (got an array)');
    expect(r.optionalString(doc, ['a', 0, 'c'])).toBe('x');
    expect(() => r.optionalString(doc, ['a', 0, 'b'])).toThrow('parseX: f.json: a[0].b: not a string (got 1.5)');
    expect(r.has(doc, ['a', 0, 'n'])).toBe(false);
    expect(r.lookup('str', ['length'])).toBeUndefined();
  });
});
