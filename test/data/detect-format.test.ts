import { describe, expect, it } from 'vitest';
import { classifyDocument, detectFormat } from '../../lib/data/detect-format.js';
import { REDUCED_NAME, fixtureJson, fixtureText } from './fixtures.js';

describe('detectFormat (content only, never the name)', () => {
  it.each([
    ['guidellm/v05-sync.json', 'guidellm-0.5'],
    ['guidellm/v05-concurrent.json', 'guidellm-0.5'],
    ['guidellm/v03-sync.json', 'guidellm-0.3'],
    ['guidellm/v03-sync.yaml', 'guidellm-0.3'],
    ['guidellm/v02-sync.yaml', 'guidellm-0.3'],
    ['guidellm/v08-constant-2rates.json', 'guidellm-0.7'],
    [`reduced/${REDUCED_NAME}`, 'speculators-reduced'],
    ['vllm/save-result-detailed.json', 'vllm-bench'],
    ['vllm/save-result-partial.json', 'vllm-bench'],
    ['vllm/bench-serve-sd.json', 'vllm-bench'],
    ['vllm/append-result.jsonl.json', 'vllm-bench-jsonl'],
    ['vllm/sweep-summary.json', 'vllm-sweep-summary'],
    ['tidy/tidy-small.csv', 'tidy-csv'],
  ])('%s -> %s (whatever the file is called)', (file, expected) => {
    expect(detectFormat(fixtureText(file), 'misleading-name.yaml')).toBe(expected);
  });

  it('tells 0.4 (no metadata, benchmarks[0].config) apart', () => {
    const doc = fixtureJson('guidellm/v05-sync.json');
    delete doc.metadata;
    expect(detectFormat(JSON.stringify(doc))).toBe('guidellm-0.4');
  });

  it('names the file and the reason when it cannot tell', () => {
    expect(() => detectFormat('', 'a.json')).toThrow('detectFormat: a.json: (document): empty file');
    expect(() => detectFormat('{"benchmarks": [', 'a.json')).toThrow(/^detectFormat: a\.json: \(document\): not valid JSON \(/);
    expect(() => detectFormat('{"a": 1}\n{"b": ', 'a.jsonl')).toThrow(/^detectFormat: a\.jsonl: \(document\): not valid JSON \(.*\) nor JSON Lines \(line 2: /);
    expect(() => detectFormat('{"a": 1}', 'a.json')).toThrow(/^detectFormat: a\.json: \(document\): unknown format: not a GuideLLM report/);
    expect(() => detectFormat('[]', 'a.json')).toThrow('detectFormat: a.json: (document): unknown format: an empty list');
    expect(() => detectFormat('[1, 2]', 'a.json')).toThrow(/unknown format: a list that is neither/);
    expect(() => detectFormat('just words', 'a.txt')).toThrow('detectFormat: a.txt: (document): unknown format: the document is string, not an object or list');
    expect(() => detectFormat('a: [1\nb: 2', 'a.yaml')).toThrow(/^detectFormat: a\.yaml: \(document\): not valid JSON, CSV or YAML \(YAML error: /);
    // Any CSV is read as a tidy CSV: its parser names the columns it lacks.
    expect(detectFormat('Benchmark,Duration\nx,1\n', 'g.csv')).toBe('tidy-csv');
    expect(() => detectFormat('{"metadata": {"version": 3}, "benchmarks": []}', 'r.json')).toThrow(
      'detectFormat: r.json: (document): unsupported GuideLLM report metadata.version 3 (supported: 1, 2)',
    );
    expect(() => detectFormat('{"benchmarks": [{"metrics": {}}]}', 'r.json')).toThrow(/neither run_stats .* nor config/);
  });

  it('defaults the file name to <text>', () => {
    expect(() => detectFormat('{}')).toThrow(/^detectFormat: <text>: /);
  });

  it('classifyDocument works on decoded values', () => {
    expect(classifyDocument({ syntax: 'json', value: { completed: 1, request_throughput: 2 } }, 'f', 'a')).toBe('vllm-bench');
    expect(classifyDocument({ syntax: 'jsonl', value: [{ completed: 1, request_throughput: 2 }] }, 'f', 'a')).toBe('vllm-bench-jsonl');
  });
});
