import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTidyCsv } from '../../../../lib/data/formats/tidy-csv/format-tidy-csv.js';
import { parseTidyCsv } from '../../../../lib/data/formats/tidy-csv/parse-tidy-csv.js';
import type { TidyRow } from '../../../../lib/data/tidy-schema.js';
import { TIDY_COLUMNS } from '../../../../lib/data/tidy-schema.js';
import { fixtureText } from '../../fixtures.js';

const row: TidyRow = {
  verifier: 'Qwen3-8B',
  drafter: '',
  hardware: 'A100-80GB',
  prefill_tokens: 512,
  decode_tokens: 128,
  k: 0,
  alpha: null,
  strategy: 'constant',
  rate_rps: null,
  concurrency: null,
  measured_rps: 2.5,
  mean_latency_s: 0.125,
  p50_latency_s: null,
  p95_latency_s: null,
  p99_latency_s: null,
  mean_ttft_ms: 12,
  mean_itl_ms: null,
  mean_tpot_ms: null,
  mean_concurrency: null,
  completed: 10,
  errored: 1,
  source: 'a,b "c"',
};

describe('formatTidyCsv', () => {
  it('writes the tidy header, then extras in first-seen order; quotes only when needed', () => {
    const csv = formatTidyCsv([{ ...row, x: true }, { ...row, y: [1, 2] }]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(`${TIDY_COLUMNS.join(',')},x,y`);
    expect(lines[1]).toBe('Qwen3-8B,,A100-80GB,512,128,0,,constant,,,2.5,0.125,,,,12,,,,10,1,"a,b ""c""",true,');
    expect(lines[2]).toBe('Qwen3-8B,,A100-80GB,512,128,0,,constant,,,2.5,0.125,,,,12,,,,10,1,"a,b ""c""",,"[1,2]"');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('writes only the header for no rows, and refuses non-finite numbers', () => {
    expect(formatTidyCsv([])).toBe(`${TIDY_COLUMNS.join(',')}\n`);
    expect(() => formatTidyCsv([{ ...row, mean_latency_s: NaN }])).toThrow('formatTidyCsv requires finite numbers (row 0, column mean_latency_s: NaN)');
  });

  it('round-trips through parseTidyCsv (fixture and random rows)', () => {
    const rows = parseTidyCsv(fixtureText('tidy/tidy-small.csv'), { fileName: 't.csv' });
    expect(parseTidyCsv(formatTidyCsv(rows), { fileName: 't.csv' })).toEqual(rows);
    const pos = fc.double({ min: 1e-9, max: 1e6, noNaN: true });
    const maybe = (a: fc.Arbitrary<number>) => fc.option(a, { nil: null });
    const arb = fc.record({
      measured_rps: fc.double({ min: 0, max: 1e4, noNaN: true }),
      mean_latency_s: fc.double({ min: 0, max: 1e4, noNaN: true }),
      p95_latency_s: maybe(pos),
      alpha: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
      source: fc.string(),
      hardware: fc.string({ minLength: 1 }),
      completed: fc.integer({ min: 1, max: 1e6 }),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const full = { ...row, ...r, source: r.source === '' ? 'x' : r.source };
        if (full.hardware.trim() !== full.hardware) full.hardware = 'h';
        const [back] = parseTidyCsv(formatTidyCsv([full]), { fileName: 'p.csv' });
        expect(back).toEqual(full);
      }),
      { numRuns: 200 },
    );
  });
});
