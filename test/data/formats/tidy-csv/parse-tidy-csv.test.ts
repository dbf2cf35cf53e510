import { describe, expect, it } from 'vitest';
import { parseTidyCsv } from '../../../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import { TIDY_COLUMNS } from '../../../../lib/data/tidy-schema.js';
import { fixtureText } from '../../fixtures.js';

const text = fixtureText('tidy/tidy-small.csv');

describe('parseTidyCsv', () => {
  it('reads typed columns, nulls, quoted cells and extra columns', () => {
    const rows = parseTidyCsv(text, { fileName: 'tidy.csv' });
    expect(rows).toHaveLength(3);
    const [a, b, c] = rows;
    expect(a).toMatchObject({
      verifier: 'Qwen3-8B',
      drafter: 'EAGLE(Qwen3-8B)',
      hardware: 'A100-80GB',
      prefill_tokens: 512,
      decode_tokens: 128,
      k: 3,
      alpha: 0.7,
      strategy: 'synchronous',
      rate_rps: null,
      concurrency: null,
      measured_rps: 0.99,
      mean_latency_s: 1.0084,
      p99_latency_s: 1.4492,
      completed: 89,
      errored: 0,
      source: 'runs/a.json#[0]',
      incomplete: 1,
      note: null,
    });
    expect(b.p50_latency_s).toBeNull();
    expect(b.note).toBe('rate not stored, see "README"');
    expect(c).toMatchObject({ drafter: '', hardware: '', k: 0, alpha: null, strategy: 'poisson', rate_rps: 10, source: 'nerdalert, line 2', note: true });
    expect(Object.keys(a).slice(0, TIDY_COLUMNS.length)).toEqual([...TIDY_COLUMNS]);
  });

  it('options and sidecar beat the cells (the usual precedence); an empty cell stays unset', () => {
    const rows = parseTidyCsv(text, { fileName: 'tidy.csv', hardware: 'H100-80GB', sidecar: { alpha: 0.9, hardware: 'x' } });
    expect(rows.map((r) => r.hardware)).toEqual(['H100-80GB', 'H100-80GB', 'H100-80GB']);
    expect(rows.map((r) => r.alpha)).toEqual([0.9, 0.9, 0.9]);
    expect(parseTidyCsv(text, { fileName: 'tidy.csv' }).map((r) => [r.hardware, r.alpha])).toEqual([
      ['A100-80GB', 0.7],
      ['A100-80GB', 0.7],
      ['', null],
    ]);
  });

  it('errors name the line and column', () => {
    const bad = text.replace('0.99,1.0084', '0.99,slow');
    expect(() => parseTidyCsv(bad, { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: line 2, mean_latency_s: not a finite number (got "slow")');
    const neg = text.replace('0.99,1.0084', '0.99,-1');
    expect(() => parseTidyCsv(neg, { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: line 2: column mean_latency_s: negative (got -1)');
    const missing = text.replace('0.99,1.0084', '0.99,');
    expect(() => parseTidyCsv(missing, { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: line 2, mean_latency_s: missing');
    const noCol = text.replace(',mean_latency_s', ',latency');
    expect(() => parseTidyCsv(noCol, { fileName: 'runs.csv' })).toThrow(/^parseTidyCsv: runs\.csv: header: missing column mean_latency_s$/);
    const short = `${text}Qwen3-8B,1,2\n`;
    expect(() => parseTidyCsv(short, { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: line 5: 3 fields, the header has 24');
    const zero = text.replace(',89,0,', ',0,0,');
    expect(() => parseTidyCsv(zero, { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: line 2: column completed: zero successful requests (got 0)');
    expect(() => parseTidyCsv('', { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: (document): empty file');
    // An extra column's number that overflows to Infinity is an error too (found by the property test).
    const overflow = text.replace('"runs/a.json#[0]",1,', '"runs/a.json#[0]",1e400,');
    expect(() => parseTidyCsv(overflow, { fileName: 't.csv' })).toThrow('parseTidyCsv: t.csv: line 2, incomplete: not a finite number (got "1e400")');
  });

  it('fills an empty source with file and line', () => {
    const noSource = text.replace('"runs/a.json#[0]"', '');
    expect(parseTidyCsv(noSource, { fileName: 't.csv' })[0].source).toBe('t.csv#line 2');
  });
});
