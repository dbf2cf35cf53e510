import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseGuidellmReport } from '../../../../lib/data/formats/guidellm/parse-guidellm-report.js';
import { fixtureJson, fixtureText } from '../../fixtures.js';

// Expected values are read from the fixture files (trimmed copies of the real reports listed in
// test/fixtures/measurements/README.md) and from ../shared/real-format-samples/SOURCES.md.

describe('parseGuidellmReport: GuideLLM 0.5 (metadata.version 1)', () => {
  it('reads the synchronous XPU run (dkorat, Qwen3-30B-A3B)', () => {
    const rows = parseGuidellmReport(fixtureText('guidellm/v05-sync.json'), { fileName: 'v05-sync.json' });
    expect(rows).toHaveLength(1);
    const r = rows[0];
    expect(r.verifier).toBe('Qwen/Qwen3-30B-A3B');
    expect(r.strategy).toBe('synchronous');
    expect(r.rate_rps).toBeNull();
    expect(r.concurrency).toBeNull();
    expect(r.measured_rps).toBeCloseTo(0.025, 4);
    expect(r.mean_latency_s).toBeCloseTo(39.601, 3);
    expect(r.p50_latency_s).toBeCloseTo(40.01813, 5);
    expect(r.p95_latency_s).toBeCloseTo(40.43007, 5);
    expect(r.mean_ttft_ms).toBeCloseTo(59.99, 2);
    expect(r.mean_itl_ms).toBeCloseTo(38.651, 3);
    expect(r.mean_tpot_ms).toBeCloseTo(38.672, 3);
    expect(r.completed).toBe(19);
    expect(r.errored).toBe(0);
    expect(r.incomplete).toBe(0);
    // AIME data file: no configured lengths, so the rounded successful means (92.05 and 1024).
    expect(r.prefill_tokens).toBe(92);
    expect(r.decode_tokens).toBe(1024);
    expect(r.drafter).toBe('');
    expect(r.k).toBe(0);
    expect(r.alpha).toBeNull();
    expect(r.hardware).toBe('');
    expect(r.source).toBe('v05-sync.json#benchmarks[0]');
    expect(r.format).toBe('guidellm-0.5');
  });

  it('reads the concurrent run: concurrency = streams', () => {
    const [r] = parseGuidellmReport(fixtureText('guidellm/v05-concurrent.json'), { fileName: 'c.json' });
    expect(r.strategy).toBe('concurrent');
    expect(r.concurrency).toBe(4);
    expect(r.measured_rps).toBeCloseTo(0.12044, 5);
    expect(r.mean_latency_s).toBeCloseTo(24.909, 3);
    expect(r.mean_ttft_ms).toBeCloseTo(171.77, 2);
    expect(r.mean_itl_ms).toBeCloseTo(24.179, 3);
    expect(r.completed).toBe(4);
  });

  it('maps constant, poisson and throughput strategies and their rates', () => {
    const doc = fixtureJson('guidellm/v05-sync.json');
    const b = doc.benchmarks[0];
    doc.benchmarks = [b, structuredClone(b), structuredClone(b)];
    doc.benchmarks[0].config.strategy = { type_: 'throughput', worker_count: 8, max_concurrency: 128 };
    doc.benchmarks[1].config.strategy = { type_: 'constant', rate: 2.5, worker_count: 8 };
    doc.benchmarks[2].config.strategy = { type_: 'poisson', rate: 3, random_seed: 42 };
    const rows = parseGuidellmReport(JSON.stringify(doc), { fileName: 'sweep.json' });
    expect(rows.map((r) => [r.strategy, r.rate_rps])).toEqual([
      ['throughput', null],
      ['constant', 2.5],
      ['poisson', 3],
    ]);
    expect(rows.map((r) => r.source)).toEqual(['sweep.json#benchmarks[0]', 'sweep.json#benchmarks[1]', 'sweep.json#benchmarks[2]']);
  });

  it('takes synthetic lengths from args.data (prompt_tokens=..,output_tokens=..)', () => {
    const doc = fixtureJson('guidellm/v05-sync.json');
    doc.args.data = ['prompt_tokens=512,output_tokens=128'];
    doc.benchmarks[0].config.requests.data = "['prompt_tokens=512,output_tokens=128']";
    const [r] = parseGuidellmReport(JSON.stringify(doc), { fileName: 'x.json' });
    expect([r.prefill_tokens, r.decode_tokens]).toEqual([512, 128]);
  });
});

describe('parseGuidellmReport: other layouts', () => {
  it('reads a 0.4 layout (no metadata, no args: the 0.5 benchmark schema)', () => {
    const doc = fixtureJson('guidellm/v05-sync.json');
    delete doc.metadata;
    delete doc.args;
    const [r] = parseGuidellmReport(JSON.stringify(doc), { fileName: 'v04.json' });
    expect(r.format).toBe('guidellm-0.4');
    expect(r.verifier).toBe('Qwen/Qwen3-30B-A3B');
    expect(r.mean_latency_s).toBeCloseTo(39.601, 3);
  });

  it.each(['guidellm/v03-sync.json', 'guidellm/v03-sync.yaml'])('reads the 0.3 fixture %s', (file) => {
    const [r] = parseGuidellmReport(fixtureText(file), { fileName: file });
    expect(r.format).toBe('guidellm-0.3');
    expect(r.verifier).toBe('example_model');
    expect(r.strategy).toBe('synchronous');
    expect(r.measured_rps).toBeCloseTo(1.54818, 5);
    expect(r.mean_latency_s).toBeCloseTo(0.64447, 5);
    expect(r.p50_latency_s).toBeCloseTo(0.6424565, 6); // median: 0.3 has no p50 percentile
    expect(r.p99_latency_s).toBeCloseTo(0.6891847, 6);
    expect(r.mean_ttft_ms).toBeCloseTo(16.793, 3);
    expect(r.mean_itl_ms).toBeCloseTo(4.9416, 4);
    expect([r.completed, r.errored, r.incomplete]).toEqual([46, 0, 1]);
    expect([r.prefill_tokens, r.decode_tokens]).toEqual([256, 128]); // from 'prompt_tokens=256,output_tokens=128'
  });

  it('reads the 0.2-era sorted-key YAML (jhurlocker), data given as a JSON string', () => {
    const [r] = parseGuidellmReport(fixtureText('guidellm/v02-sync.yaml'), { fileName: 'v02.yaml' });
    expect(r.format).toBe('guidellm-0.3');
    expect(r.verifier).toBe('llama-3-2-3b');
    expect(r.measured_rps).toBeCloseTo(0.255504, 6);
    expect(r.mean_latency_s).toBeCloseTo(3.91273, 5);
    expect(r.mean_ttft_ms).toBeCloseTo(409.56, 2);
    expect(r.mean_itl_ms).toBeCloseTo(27.583, 3);
    expect([r.completed, r.errored, r.incomplete]).toEqual([14, 0, 1]);
    expect([r.prefill_tokens, r.decode_tokens]).toEqual([512, 128]);
  });

  it('reads the 0.8.0.dev18 report (metadata.version 2): two constant rates', () => {
    const rows = parseGuidellmReport(fixtureText('guidellm/v08-constant-2rates.json'), { fileName: 'v08.json' });
    expect(rows.map((r) => r.format)).toEqual(['guidellm-0.7', 'guidellm-0.7']);
    expect(rows.map((r) => [r.strategy, r.rate_rps])).toEqual([
      ['constant', 2],
      ['constant', 4],
    ]);
    expect(rows[0].measured_rps).toBeCloseTo(0.39843, 5);
    expect(rows[1].measured_rps).toBeCloseTo(0.79409, 5);
    expect(rows[0].mean_ttft_ms).toBeCloseTo(11.481, 3);
    expect(rows[1].mean_ttft_ms).toBeCloseTo(9.784, 3);
    expect(rows[0].mean_itl_ms).toBeCloseTo(1.1508, 4);
    expect(rows[1].mean_itl_ms).toBeCloseTo(1.0904, 4);
    expect(rows[0].mean_latency_s).toBeCloseTo(0.019789, 6);
    expect(rows.map((r) => r.completed)).toEqual([2, 2]);
    // config.spec.data[0]: prompt_tokens 32, output_tokens 8 (measured prompts are longer: 71.5).
    expect(rows.map((r) => [r.prefill_tokens, r.decode_tokens])).toEqual([
      [32, 8],
      [32, 8],
    ]);
    expect(rows[0].verifier).toBe('e2e-mock-model');
  });

  it('the JSON and YAML of the same 0.3 report give the same rows (but for source)', () => {
    const a = parseGuidellmReport(fixtureText('guidellm/v03-sync.json'), { fileName: 'f' });
    const b = parseGuidellmReport(fixtureText('guidellm/v03-sync.yaml'), { fileName: 'f' });
    expect(b).toEqual(a);
    expect(parseYaml(fixtureText('guidellm/v03-sync.yaml')).benchmarks).toHaveLength(1);
  });
});

describe('parseGuidellmReport: configuration precedence', () => {
  const text = fixtureText('guidellm/v05-sync.json');

  it('options beat the sidecar, which beats the file', () => {
    const [r] = parseGuidellmReport(text, {
      fileName: 'f.json',
      verifier: 'Qwen3-30B-A3B',
      k: 3,
      drafter: 'EAGLE3',
      sidecar: { hardware: 'XPU-Max1550x4', k: 5, alpha: 0.8, prefill_tokens: 100 },
    });
    expect(r.verifier).toBe('Qwen3-30B-A3B');
    expect(r.drafter).toBe('EAGLE3');
    expect(r.k).toBe(3);
    expect(r.alpha).toBe(0.8);
    expect(r.hardware).toBe('XPU-Max1550x4');
    expect(r.prefill_tokens).toBe(100);
    expect(r.decode_tokens).toBe(1024);
  });

  it('rejects k without a drafter, and unknown option keys in a sidecar', () => {
    expect(() => parseGuidellmReport(text, { fileName: 'f.json', k: 3 })).toThrow(
      "parseGuidellmReport: f.json: benchmarks[0]: column drafter: empty while k = 3 (give the drafter name)",
    );
    expect(() => parseGuidellmReport(text, { fileName: 'f.json', sidecar: { verfier: 'x' } as never })).toThrow(
      /parseGuidellmReport: sidecar: verfier: unknown key/,
    );
    expect(() => parseGuidellmReport(text, { fileName: 'f.json', alpha: 1.5 })).toThrow(/options: alpha: not a number in \[0, 1\]/);
  });

  it('needs a verifier when the file names no model', () => {
    const doc = fixtureJson('guidellm/v05-sync.json');
    doc.benchmarks[0].config.backend.model = null;
    doc.args.model = null;
    expect(() => parseGuidellmReport(JSON.stringify(doc), { fileName: 'f.json' })).toThrow(
      'parseGuidellmReport: f.json: benchmarks[0].config.backend.model: missing: no model name',
    );
    expect(parseGuidellmReport(JSON.stringify(doc), { fileName: 'f.json', verifier: 'M' })[0].verifier).toBe('M');
  });
});

describe('parseGuidellmReport: errors name the file and the field', () => {
  const base = () => fixtureJson('guidellm/v08-constant-2rates.json');

  it('a string where a latency should be', () => {
    const doc = base();
    doc.benchmarks[1].metrics.request_latency.successful.mean = 'fast';
    expect(() => parseGuidellmReport(JSON.stringify(doc), { fileName: 'results.json' })).toThrow(
      'parseGuidellmReport: results.json: benchmarks[1].metrics.request_latency.successful.mean: not a finite number (got "fast")',
    );
  });

  it('a negative latency, a missing metric, an unknown strategy', () => {
    let doc = base();
    doc.benchmarks[0].metrics.time_to_first_token_ms.successful.mean = -1;
    expect(() => parseGuidellmReport(JSON.stringify(doc), { fileName: 'r.json' })).toThrow(
      'parseGuidellmReport: r.json: benchmarks[0].metrics.time_to_first_token_ms.successful.mean: negative (got -1)',
    );
    doc = base();
    delete doc.benchmarks[0].metrics.requests_per_second;
    expect(() => parseGuidellmReport(JSON.stringify(doc), { fileName: 'r.json' })).toThrow(
      'parseGuidellmReport: r.json: benchmarks[0].metrics.requests_per_second.successful.mean: missing',
    );
    doc = base();
    doc.benchmarks[0].config.strategy.type_ = 'bursty';
    expect(() => parseGuidellmReport(JSON.stringify(doc), { fileName: 'r.json' })).toThrow(
      /^parseGuidellmReport: r\.json: benchmarks\[0\]\.config\.strategy\.type_: unknown strategy "bursty"/,
    );
  });

  it('zero successful requests: an error, or with skipInvalid a warning and no row', () => {
    const doc = base();
    doc.benchmarks[1].metrics.request_totals = { successful: 0, errored: 2, incomplete: 0, total: 2 };
    const text = JSON.stringify(doc);
    expect(() => parseGuidellmReport(text, { fileName: 'r.json' })).toThrow(
      'parseGuidellmReport: r.json: benchmarks[1].metrics.request_totals.successful: zero successful requests',
    );
    const warnings: string[] = [];
    const rows = parseGuidellmReport(text, { fileName: 'r.json', skipInvalid: true, warnings });
    expect(rows.map((r) => r.rate_rps)).toEqual([2]);
    expect(warnings).toEqual([
      'skipped: parseGuidellmReport: r.json: benchmarks[1].metrics.request_totals.successful: zero successful requests: no latency to report',
    ]);
    expect(() => parseGuidellmReport(text, { fileName: 'r.json', skipInvalid: true })).toThrow(
      'parseGuidellmReport requires options.warnings (an array) when skipInvalid is true',
    );
  });

  it('an empty benchmark list and a non-GuideLLM document', () => {
    expect(() => parseGuidellmReport('{"metadata": {"version": 1}, "benchmarks": []}', { fileName: 'e.json' })).toThrow(
      'parseGuidellmReport: e.json: benchmarks: empty: the report holds no benchmark',
    );
    expect(() => parseGuidellmReport(fixtureText('vllm/sweep-summary.json'), { fileName: 's.json' })).toThrow(
      'parseGuidellmReport: s.json: (document): not a GuideLLM report (detected vllm-sweep-summary)',
    );
  });
});

describe('parseGuidellmReport: issue 8 columns', () => {
  it('marks lengths from the means and keeps the open-loop cap', () => {
    const [sync] = parseGuidellmReport(fixtureText('guidellm/v05-sync.json'), { fileName: 's.json' });
    expect([sync.prefill_tokens_from, sync.decode_tokens_from, sync.max_concurrency]).toEqual(['mean', 'mean', undefined]);
    const rows = parseGuidellmReport(fixtureText('guidellm/v08-constant-2rates.json'), { fileName: 'v08.json' });
    expect(rows.map((r) => [r.prefill_tokens_from, r.max_concurrency])).toEqual([
      ['stated', 10240],
      ['stated', 10240],
    ]);
  });

  it('with k > 0: acceptance length from output tokens per iteration, alpha estimate, and a note when near 1', () => {
    // The real concurrent run streamed 1.0012 tokens per iteration: declared as SD with k = 3 it
    // accepted (1.0012 - 1) / 3 = 0.04% of the drafted tokens.
    const warnings: string[] = [];
    const [r] = parseGuidellmReport(fixtureText('guidellm/v05-concurrent.json'), { fileName: 'c.json', k: 3, drafter: 'EAGLE3', warnings });
    expect(r.acceptance_length).toBeCloseTo(1.001222195062332, 12);
    expect(r.alpha_estimate as number).toBeCloseTo(0.00122, 4); // 1 + a + a^2 + a^3 = 1.00122
    expect(r.alpha).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^c\.json#benchmarks\[0\]: near-zero speculative acceptance: acceptance length 1 at k = 3 \(0\.0407% < 5%\)/)]);
    const [base] = parseGuidellmReport(fixtureText('guidellm/v05-concurrent.json'), { fileName: 'c.json' });
    expect(base.acceptance_length).toBeUndefined();
  });
});
