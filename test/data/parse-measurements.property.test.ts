// Property tests: take the real-shaped fixtures, damage them (delete a field, set a value to
// NaN, -1, a string, a wrong type, truncate the text) and check that parsing either returns
// valid rows or throws an Error whose message names the file: never a crash, a NaN, or an
// impossible value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { parse as parseYaml } from 'yaml';
import { parseMeasurements } from '../../lib/data/parse-measurements.js';
import { STRATEGIES, TIDY_COLUMNS } from '../../lib/data/tidy-schema.js';
import { REDUCED_NAME, fixtureText } from './fixtures.js';

type Syntax = 'json' | 'jsonl' | 'yaml';
type Seg = string | number;
const NAN = '__speclat_NaN__';
const INF = '__speclat_Inf__';
const OPS = ['delete', 'null', 'negative', 'nan', 'infinity', 'string', 'object', 'array', 'bool', 'zero', 'huge', 'fraction'] as const;
type Op = (typeof OPS)[number];

// Keys the loaders read: half of the mutations hit one of these, so damage lands where it matters.
const READ_KEYS = new Set<Seg>([
  'benchmarks', 'metadata', 'version', 'config', 'args', 'strategy', 'type_', 'rate', 'streams', 'model', 'backend',
  'backend_model', 'worker', 'data', 'request_loader', 'requests', 'spec', 'metrics', 'request_totals', 'successful',
  'errored', 'incomplete', 'mean', 'median', 'percentiles', 'p50', 'p95', 'p99', 'count', 'request_latency',
  'requests_per_second', 'request_concurrency', 'prompt_token_count', 'output_token_count', 'time_to_first_token_ms',
  'inter_token_latency_ms', 'time_per_output_token_ms', 'output_tokens_per_iteration', 'completed', 'failed',
  'num_prompts', 'request_rate', 'max_concurrency', 'burstiness', 'request_throughput', 'mean_ttft_ms', 'mean_tpot_ms',
  'mean_itl_ms', 'mean_e2el_ms', 'median_e2el_ms', 'p99_e2el_ms', 'total_input_tokens', 'total_output_tokens', 'ttfts',
  'itls', 'errors', 'model_id', 'spec_decode_per_position_acceptance_rates', 'spec_decode_acceptance_length',
  'spec_decode_acceptance_rate', 'spec_decode_num_drafts', 0, 1, 2,
]);

const REQUIRED_NUMBERS = ['prefill_tokens', 'decode_tokens', 'k', 'measured_rps', 'mean_latency_s'];
const NONNEG = ['measured_rps', 'mean_latency_s', 'p50_latency_s', 'p95_latency_s', 'p99_latency_s', 'mean_ttft_ms', 'mean_itl_ms', 'mean_tpot_ms', 'mean_concurrency'];

/** Independent check of the tidy contract (not the library's own checker). */
function assertValidRow(row: Record<string, unknown>): void {
  for (const c of TIDY_COLUMNS) expect(c in row, c).toBe(true);
  for (const c of ['verifier', 'drafter', 'hardware', 'source']) expect(typeof row[c]).toBe('string');
  expect((row.verifier as string).length).toBeGreaterThan(0);
  expect(STRATEGIES).toContain(row.strategy);
  for (const c of REQUIRED_NUMBERS) expect(Number.isFinite(row[c]), c).toBe(true);
  for (const c of NONNEG) {
    const v = row[c];
    if (c === 'mean_latency_s' || v !== null) {
      expect(Number.isFinite(v), c).toBe(true);
      expect(v as number, c).toBeGreaterThanOrEqual(0);
    }
  }
  // The request counts are optional in the tidy schema (a CSV from a user's script may carry none): integers or null.
  expect(row.completed === null || (Number.isInteger(row.completed) && (row.completed as number) >= 1), 'completed').toBe(true);
  expect(row.errored === null || (Number.isInteger(row.errored) && (row.errored as number) >= 0), 'errored').toBe(true);
  expect(Number.isInteger(row.prefill_tokens) && (row.prefill_tokens as number) >= 1).toBe(true);
  expect(Number.isInteger(row.decode_tokens) && (row.decode_tokens as number) >= 1).toBe(true);
  if (row.alpha !== null) expect((row.alpha as number) >= 0 && (row.alpha as number) <= 1).toBe(true);
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'number') expect(Number.isFinite(v), `${k} = ${v}`).toBe(true);
  }
}

function allPaths(value: unknown, prefix: Seg[] = [], out: Seg[][] = []): Seg[][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      allPaths(v, [...prefix, i], out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      allPaths(v, [...prefix, k], out);
    }
  }
  return out;
}

function mutate(doc: unknown, path: Seg[], op: Op): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return copy;
  let parent: any = copy;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object' || !(seg in parent)) return copy; // an earlier mutation removed it
    parent = parent[seg];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  const key = path[path.length - 1];
  const old = parent[key];
  const set = (v: unknown) => {
    parent[key] = v;
  };
  switch (op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'null': set(null); break;
    case 'negative': set(typeof old === 'number' ? -Math.abs(old) - 1 : -1); break;
    case 'nan': set(NAN); break;
    case 'infinity': set(INF); break;
    case 'string': set('abc'); break;
    case 'object': set({ mean: 1 }); break;
    case 'array': set([1, 'x']); break;
    case 'bool': set(true); break;
    case 'zero': set(0); break;
    case 'huge': set(1e308); break;
    case 'fraction': set(typeof old === 'number' ? old + 0.37 : 0.37); break;
  }
  return copy;
}

function serialize(doc: unknown, syntax: Syntax): string {
  if (syntax === 'yaml') return toYaml(doc).replaceAll(NAN, '.nan').replaceAll(INF, '.inf');
  const json = (v: unknown) => JSON.stringify(v).replaceAll(`"${NAN}"`, 'NaN').replaceAll(`"${INF}"`, 'Infinity');
  if (syntax === 'jsonl') return `${(doc as unknown[]).map(json).join('\n')}\n`;
  return json(doc);
}

const CASES: Array<{ rel: string; syntax: Syntax; fileName: string }> = [
  { rel: 'guidellm/v05-sync.json', syntax: 'json', fileName: 'runs/v05-sync.json' },
  { rel: 'guidellm/v08-constant-2rates.json', syntax: 'json', fileName: 'runs/v08.json' },
  { rel: 'guidellm/v03-sync.json', syntax: 'json', fileName: 'runs/v03.json' },
  { rel: 'guidellm/v02-sync.yaml', syntax: 'yaml', fileName: 'runs/v02.yaml' },
  { rel: `reduced/${REDUCED_NAME}`, syntax: 'json', fileName: `data/${REDUCED_NAME}` },
  { rel: 'vllm/save-result-detailed.json', syntax: 'json', fileName: 'runs/detailed.json' },
  { rel: 'vllm/save-result-partial.json', syntax: 'json', fileName: 'runs/partial.json' },
  { rel: 'vllm/bench-serve-sd.json', syntax: 'json', fileName: 'runs/sd.json' },
  { rel: 'vllm/sweep-summary.json', syntax: 'json', fileName: 'runs/summary.json' },
  { rel: 'vllm/append-result.jsonl.json', syntax: 'jsonl', fileName: 'runs/appended.json' },
];

function check(text: string, fileName: string): void {
  let rows: Array<Record<string, unknown>>;
  try {
    rows = parseMeasurements(text, { fileName });
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(fileName);
    expect((err as Error).message).not.toMatch(/Cannot read propert|is not a function|is not iterable/);
    return;
  }
  expect(Array.isArray(rows)).toBe(true);
  for (const row of rows) assertValidRow(row);
}

describe('parseMeasurements on damaged real-shaped files', () => {
  for (const c of CASES) {
    const text = fixtureText(c.rel);
    const doc = c.syntax === 'yaml' ? parseYaml(text) : c.syntax === 'jsonl' ? text.trim().split('\n').map((l) => JSON.parse(l)) : JSON.parse(text);
    const paths = allPaths(doc);
    const hot = paths.filter((p) => READ_KEYS.has(p[p.length - 1]));

    it(`${c.rel}: undamaged it parses`, () => {
      const rows = parseMeasurements(serialize(doc, c.syntax), { fileName: c.fileName });
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach(assertValidRow);
    });

    it(`${c.rel}: field mutations give valid rows or an error naming the file`, () => {
      const target = fc.oneof(fc.nat({ max: paths.length - 1 }).map((i) => paths[i]), fc.nat({ max: hot.length - 1 }).map((i) => hot[i]));
      const mutation = fc.record({ path: target, op: fc.constantFrom(...OPS) });
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
          let d: unknown = doc;
          for (const m of ms) d = mutate(d, m.path, m.op);
          check(serialize(d, c.syntax), c.fileName);
        }),
        { numRuns: c.syntax === 'yaml' ? 40 : 120 },
      );
    });

    it(`${c.rel}: truncated text gives an error naming the file (or valid rows)`, () => {
      const full = serialize(doc, c.syntax);
      fc.assert(
        fc.property(fc.nat({ max: full.length - 1 }), (cut) => {
          check(full.slice(0, cut), c.fileName);
        }),
        { numRuns: c.syntax === 'yaml' ? 30 : 80 },
      );
    });
  }

  it('tidy CSV: damaged cells and truncation', () => {
    const text = fixtureText('tidy/tidy-small.csv');
    const lines = text.trimEnd().split('\n');
    const junk = fc.constantFrom('', 'NaN', '-1', 'abc', '1e400', '0', '2.5', '"', ',', 'Infinity', 'true');
    fc.assert(
      fc.property(fc.nat(), fc.nat(), junk, fc.option(fc.nat(), { nil: undefined }), (li, ci, value, cut) => {
        const l = 1 + (li % (lines.length - 1));
        const cells = lines[l].split(',');
        cells[ci % cells.length] = value;
        const damaged = [...lines.slice(0, l), cells.join(','), ...lines.slice(l + 1)].join('\n');
        check(cut === undefined ? damaged : damaged.slice(0, cut % (damaged.length + 1)), 'runs/tidy.csv');
      }),
      { numRuns: 300 },
    );
  });
});
