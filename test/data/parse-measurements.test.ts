import { describe, expect, it } from 'vitest';
import { parseMeasurements } from '../../lib/data/parse-measurements.js';
import { REDUCED_NAME, fixtureJson, fixtureText } from './fixtures.js';

describe('parseMeasurements', () => {
  it('dispatches on the content to the right parser', () => {
    expect(parseMeasurements(fixtureText('guidellm/v08-constant-2rates.json'), { fileName: 'a' }).map((r) => r.format)).toEqual([
      'guidellm-0.7',
      'guidellm-0.7',
    ]);
    expect(parseMeasurements(fixtureText(`reduced/${REDUCED_NAME}`), { fileName: REDUCED_NAME })).toHaveLength(4);
    expect(parseMeasurements(fixtureText('vllm/append-result.jsonl.json'), { fileName: 'r.json' })).toHaveLength(3);
    expect(parseMeasurements(fixtureText('tidy/tidy-small.csv'), { fileName: 't.csv' })).toHaveLength(3);
  });

  it('passes options through (precedence options > sidecar > file)', () => {
    const [r] = parseMeasurements(fixtureText('vllm/save-result-partial.json'), {
      fileName: 'p.json',
      hardware: 'A100-80GBx3',
      sidecar: { hardware: 'x', verifier: 'Llama-3.1-8B' },
    });
    expect([r.hardware, r.verifier]).toEqual(['A100-80GBx3', 'Llama-3.1-8B']);
  });

  it('errors carry the detected parser name, file and field', () => {
    const doc = fixtureJson('guidellm/v08-constant-2rates.json');
    doc.benchmarks[1].metrics.request_latency.successful.mean = -3;
    expect(() => parseMeasurements(JSON.stringify(doc), { fileName: 'results.json' })).toThrow(
      'parseGuidellmReport: results.json: benchmarks[1].metrics.request_latency.successful.mean: negative (got -3)',
    );
    expect(() => parseMeasurements('{"x": 1}', { fileName: 'x.json' })).toThrow(/^parseMeasurements: x\.json: \(document\): unknown format/);
    expect(() => parseMeasurements('{', {})).toThrow(/^parseMeasurements: <text>: \(document\): not valid JSON/);
  });
});
