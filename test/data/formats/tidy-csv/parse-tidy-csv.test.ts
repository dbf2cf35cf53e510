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

describe('parseTidyCsv: a CSV from a user script', () => {
  // csv/user-summary-llama33-70b.csv: one line per `vllm bench serve` result of the real
  // Llama-3.3-70B sweep, in a script's own column names (see the fixtures README).
  const user = fixtureText('csv/user-summary-llama33-70b.csv');
  const columns = {
    verifier: 'model',
    mean_prompt_tokens: 'input_len',
    mean_output_tokens: 'output_len',
    rate_rps: 'request_rate',
    duration_s: 'duration',
    measured_rps: 'req_per_s',
    mean_latency_s: 'mean_e2e_latency_s',
  };

  it('names every required column it lacks', () => {
    expect(() => parseTidyCsv(user, { fileName: 'runs.csv' })).toThrow(
      'parseTidyCsv: runs.csv: header: missing columns verifier, prefill_tokens, decode_tokens, mean_latency_s, measured_rps or concurrency',
    );
    expect(() => parseTidyCsv(user, { fileName: 'runs.csv', columns: { ...columns, mean_latency_s: 'e2e' } })).toThrow(
      'parseTidyCsv: runs.csv: header: no column e2e (--columns mean_latency_s=e2e)',
    );
    const { mean_latency_s: _, ...withoutLatency } = columns;
    expect(() => parseTidyCsv(user, { fileName: 'runs.csv', columns: withoutLatency })).toThrow(/^parseTidyCsv: runs\.csv: header: missing column mean_latency_s$/);
  });

  it('loads with a column mapping: optional columns absent, lengths from the measured means, rate inf a burst', () => {
    const rows = parseTidyCsv(user, { fileName: 'runs.csv', columns });
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => [r.strategy, r.rate_rps])).toEqual([
      ['constant', 1],
      ['constant', 4],
      ['constant', 16],
      ['throughput', null],
    ]);
    expect(rows[2]).toMatchObject({
      verifier: 'meta-llama/Llama-3.3-70B-Instruct',
      drafter: '',
      hardware: '',
      k: 0,
      alpha: null,
      prefill_tokens: 213,
      decode_tokens: 214,
      decode_tokens_from: 'mean',
      measured_rps: 6.3332,
      mean_latency_s: 6.7121,
      mean_ttft_ms: 59.58,
      p99_latency_s: null,
      completed: null,
      errored: null,
      num_prompts: 200,
      duration_s: 31.58,
      source: 'runs.csv#line 4',
    });
    // The tidy columns in schema order (absent ones null), then the file's others in file order, then the markers.
    const tail = ['mean_prompt_tokens', 'mean_output_tokens', 'num_prompts', 'duration_s', 'prefill_tokens_from', 'decode_tokens_from'];
    for (const r of rows) expect(Object.keys(r)).toEqual([...TIDY_COLUMNS, ...tail]);
  });

  it('a closed-loop CSV without measured_rps gets it from Little (concurrency / latency), marked derived', () => {
    const csv = 'verifier,prefill_tokens,decode_tokens,concurrency,mean_latency_s\n/data/Qwen3-30B-A3B,1024,1024,8,20\n';
    const [r] = parseTidyCsv(csv, { fileName: 'c.csv' });
    expect([r.strategy, r.concurrency, r.measured_rps, r.measured_rps_derived]).toEqual(['concurrent', 8, 0.4, true]);
    expect([r.verifier, r.verifier_raw]).toEqual(['Qwen3-30B-A3B', '/data/Qwen3-30B-A3B']);
    // Configuration columns may come from options instead.
    const [o] = parseTidyCsv('concurrency,mean_latency_s\n4,2\n', { fileName: 'c.csv', verifier: 'V', prefill_tokens: 8, decode_tokens: 8 });
    expect([o.verifier, o.prefill_tokens, o.measured_rps]).toEqual(['V', 8, 2]);
  });
});
