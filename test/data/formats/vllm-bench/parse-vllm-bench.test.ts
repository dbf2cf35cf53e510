import { describe, expect, it } from 'vitest';
import { parseVllmBench } from '../../../../lib/data/formats/vllm-bench/parse-vllm-bench.js';
import { fixtureJson, fixtureText } from '../../fixtures.js';

// Expected values: SOURCES.md key values, or hand arithmetic on the numbers in the fixture files.

describe('parseVllmBench: --save-result with detailed arrays (surajssd, rate inf)', () => {
  const text = fixtureText('vllm/save-result-detailed.json');

  it('derives the mean latency from ttft + sum(itls) per request, and reads the quirks', () => {
    const [r] = parseVllmBench(text, { fileName: 'd.json' });
    // Hand sums of the fixture's three requests (ttft + four itl gaps each).
    const l0 = 0.2484128090000013 + 0.12632025699986116 + 0.1208640810000361 + 0.04107947600004991 + 0.04261184699998921;
    const l1 = 0.24869875400008823 + 0.12717546599969864 + 0.12000669200006087 + 0.04116888899989135 + 0.04221711900027003;
    const l2 = 0.24727557300002445 + 0.12823300399986692 + 0.12018918300009318 + 0.041151406000153656 + 0.04213108799967813;
    expect(r.mean_latency_s).toBeCloseTo((l0 + l1 + l2) / 3, 12);
    expect(r.latency_derived).toBe(true);
    expect(r.latency_method).toBe('mean(ttft+sum(itl))');
    expect(r.p50_latency_s).toBeNull();
    expect(r.strategy).toBe('throughput'); // request_rate "inf", no max_concurrency
    expect(r.rate_rps).toBeNull();
    expect(r.measured_rps).toBeCloseTo(8.3983, 4);
    expect(r.mean_ttft_ms).toBeCloseTo(360.361, 3);
    expect(r.mean_itl_ms).toBeCloseTo(39.063, 3); // vLLM TPOT
    expect(r.vllm_mean_itl_ms).toBeCloseTo(34.1889, 4);
    expect(r.mean_tpot_ms).toBeNull();
    expect([r.completed, r.errored, r.errored_derived]).toEqual([200, 0, true]); // no "failed" key
    expect(r.prefill_tokens).toBe(213); // 42659 / 200 = 213.3
    expect(r.decode_tokens).toBe(212); // 42398 / 200 = 211.99
    expect(r.verifier).toBe('meta-llama/Llama-3.3-70B-Instruct');
    expect(r.source).toBe('d.json');
  });

  it('leaves failed requests out of the derived mean', () => {
    const doc = fixtureJson('vllm/save-result-detailed.json');
    doc.errors[1] = 'Timeout';
    const [r] = parseVllmBench(JSON.stringify(doc), { fileName: 'd.json' });
    const l0 = 0.2484128090000013 + 0.12632025699986116 + 0.1208640810000361 + 0.04107947600004991 + 0.04261184699998921;
    const l2 = 0.24727557300002445 + 0.12823300399986692 + 0.12018918300009318 + 0.041151406000153656 + 0.04213108799967813;
    expect(r.mean_latency_s).toBeCloseTo((l0 + l2) / 2, 12);
  });

  it('names the bad array element', () => {
    const doc = fixtureJson('vllm/save-result-detailed.json');
    doc.itls[2][3] = 'x';
    expect(() => parseVllmBench(JSON.stringify(doc), { fileName: 'd.json' })).toThrow(
      'parseVllmBench: d.json: itls[2][3]: not a finite number (got "x")',
    );
  });
});

describe('parseVllmBench: other files', () => {
  it('llm-d partial run: poisson at 2.5 rps, failed derived from num_prompts, latency from mean ttft/tpot', () => {
    const [r] = parseVllmBench(fixtureText('vllm/save-result-partial.json'), { fileName: 'p.json' });
    expect([r.strategy, r.rate_rps, r.burstiness]).toEqual(['poisson', 2.5, 50]);
    expect([r.completed, r.errored, r.errored_derived]).toEqual([240, 10, true]);
    expect(r.measured_rps).toBeCloseTo(2.31281, 5);
    expect(r.mean_ttft_ms).toBeCloseTo(1666.37, 2);
    expect(r.mean_itl_ms).toBeCloseTo(77.427, 3);
    // (1666.3735 + (24000 / 240 - 1) * 77.42671) / 1000 s
    expect(r.mean_latency_s).toBeCloseTo((1666.373531112913 + 99 * 77.42671448528071) / 1000, 10);
    expect(r.latency_method).toBe('mean_ttft+(mean_output_len-1)*mean_tpot');
    expect([r.prefill_tokens, r.decode_tokens]).toEqual([10000, 100]);
    expect(r.meta_timestamp).toBe('2025-05-11_23-39-15,model');
  });

  it('--append-result JSON Lines with a .json name (nerdalert)', () => {
    const rows = parseVllmBench(fixtureText('vllm/append-result.jsonl.json'), { fileName: 'results.json' });
    expect(rows.map((r) => r.format)).toEqual(['vllm-bench-jsonl', 'vllm-bench-jsonl', 'vllm-bench-jsonl']);
    expect(rows.map((r) => [r.strategy, r.rate_rps])).toEqual([
      ['poisson', 1],
      ['poisson', 35],
      ['throughput', null],
    ]);
    expect(rows[0].measured_rps).toBeCloseTo(1.2081, 4);
    expect(rows[1].measured_rps).toBeCloseTo(28.452, 3);
    expect(rows[2].measured_rps).toBeCloseTo(26.7778, 4);
    expect(rows[0].mean_ttft_ms).toBeCloseTo(45.04, 2);
    expect(rows[1].mean_ttft_ms).toBeCloseTo(8402.26, 2);
    expect(rows[2].mean_ttft_ms).toBeCloseTo(18107.32, 2);
    expect([rows[2].completed, rows[2].errored]).toEqual([1015, 985]);
    expect(rows.map((r) => r.meta_framework)).toEqual(['vllm', 'vllm', 'vllm']);
    expect(rows.map((r) => r.source)).toEqual(['results.json#[0]', 'results.json#[1]', 'results.json#[2]']);
  });

  it('SD run (vLLM 0.25.1): concurrent, k from the per-position rates, acceptance columns', () => {
    const [r] = parseVllmBench(fixtureText('vllm/bench-serve-sd.json'), { fileName: 'sd.json' });
    expect([r.strategy, r.concurrency, r.rate_rps]).toEqual(['concurrent', 2, null]);
    expect(r.measured_rps).toBeCloseTo(0.245588, 6);
    expect(r.mean_ttft_ms).toBeCloseTo(620.04, 2);
    expect(r.mean_itl_ms).toBeCloseTo(14.4666, 4);
    expect(r.vllm_mean_itl_ms).toBeCloseTo(45.705, 3);
    expect(r.k).toBe(3);
    expect(r.drafter).toBe('unknown');
    expect(r.acceptance_length).toBeCloseTo(3.16111, 5);
    expect(r.acceptance_rate).toBeCloseTo(0.72037, 5);
    expect(r.acceptance_rate_pos_1).toBeCloseTo(0.85, 10);
    expect(r.acceptance_rate_pos_2).toBeCloseTo(0.7167, 4);
    expect(r.acceptance_rate_pos_3).toBeCloseTo(0.5944, 4);
    // 3983 output tokens / 8 requests = 497.875: (620.038 + 496.875 * 14.46656) / 1000
    expect(r.mean_latency_s).toBeCloseTo((620.0381202470453 + 496.875 * 14.466563369200312) / 1000, 10);
    const [named] = parseVllmBench(fixtureText('vllm/bench-serve-sd.json'), { fileName: 'sd.json', drafter: 'EAGLE3-27B' });
    expect(named.drafter).toBe('EAGLE3-27B');
  });

  it('sweep serve summary: a list; e2el present so the latency is measured', () => {
    const rows = parseVllmBench(fixtureText('vllm/sweep-summary.json'), { fileName: 'summary.json' });
    expect(rows).toHaveLength(2);
    expect(rows[0].measured_rps).toBeCloseTo(5.85923, 5);
    expect(rows[0].mean_ttft_ms).toBeCloseTo(217.27, 2);
    expect(rows[0].mean_latency_s).toBeCloseTo(0.34034, 5);
    expect(rows[0].p50_latency_s).toBeCloseTo(0.166478, 6);
    expect(rows[0].p99_latency_s).toBeCloseTo(0.876801, 6);
    expect(rows[0].latency_derived).toBe(false);
    expect(rows[1].measured_rps).toBeCloseTo(12.46057, 5);
    expect(rows[1].mean_ttft_ms).toBeCloseTo(39.31, 2);
    expect(rows.map((r) => [r.strategy, r.concurrency, r.meta_run_number, r.meta_max_num_seqs])).toEqual([
      ['concurrent', 2, 0, 4],
      ['concurrent', 2, 1, 4],
    ]);
    expect([rows[0].prefill_tokens, rows[0].decode_tokens]).toEqual([32, 16]); // 256/8, 128/8
    expect(rows[0].errored_derived).toBe(false);
  });
});

describe('parseVllmBench: configuration and errors', () => {
  it('reads speclat keys passed through --metadata; options beat them', () => {
    const doc = fixtureJson('vllm/save-result-partial.json');
    Object.assign(doc, { hardware: 'A100-80GBx3', drafter: 'EAGLE3', k: '4', alpha: '0.75' });
    const [r] = parseVllmBench(JSON.stringify(doc), { fileName: 'p.json' });
    expect([r.hardware, r.drafter, r.k, r.alpha]).toEqual(['A100-80GBx3', 'EAGLE3', 4, 0.75]);
    expect(r.meta_hardware).toBeUndefined();
    const [o] = parseVllmBench(JSON.stringify(doc), { fileName: 'p.json', k: 2, sidecar: { alpha: 0.5 } });
    expect([o.k, o.alpha]).toEqual([2, 0.5]);
  });

  it('rejects a bad request_rate, zero completed, and a missing latency source', () => {
    const doc = fixtureJson('vllm/save-result-partial.json');
    doc.request_rate = 'fast';
    expect(() => parseVllmBench(JSON.stringify(doc), { fileName: 'p.json' })).toThrow(
      'parseVllmBench: p.json: request_rate: not a finite number (got "fast")',
    );
    const doc2 = fixtureJson('vllm/sweep-summary.json');
    doc2[1].completed = 0;
    expect(() => parseVllmBench(JSON.stringify(doc2), { fileName: 's.json' })).toThrow(
      'parseVllmBench: s.json: [1].completed: zero successful requests: no latency to report',
    );
    const doc3 = fixtureJson('vllm/save-result-partial.json');
    delete doc3.mean_tpot_ms;
    expect(() => parseVllmBench(JSON.stringify(doc3), { fileName: 'p.json' })).toThrow(
      'parseVllmBench: p.json: mean_tpot_ms: missing: no mean_e2el_ms or detailed arrays either, cannot derive the latency',
    );
  });

  it('spec_decode fields without per-position rates need k', () => {
    const doc = fixtureJson('vllm/bench-serve-sd.json');
    delete doc.spec_decode_per_position_acceptance_rates;
    expect(() => parseVllmBench(JSON.stringify(doc), { fileName: 'sd.json' })).toThrow(
      'parseVllmBench: sd.json: spec_decode_per_position_acceptance_rates: missing: spec_decode fields are present but k cannot be told (pass k)',
    );
    expect(parseVllmBench(JSON.stringify(doc), { fileName: 'sd.json', k: 3, drafter: 'd' })[0].k).toBe(3);
  });
});

describe('parseVllmBench: the evidence columns of issue 8', () => {
  it('keeps the measured mean lengths, duration and prompts; lengths from the means are marked', () => {
    const [r] = parseVllmBench(fixtureText('vllm/sweep-llama33-70b/qps16.json'), { fileName: 'qps16.json' });
    expect(r.mean_prompt_tokens).toBeCloseTo(42659 / 200, 12);
    expect(r.mean_output_tokens).toBeCloseTo(42770 / 200, 12);
    expect([r.prefill_tokens, r.decode_tokens, r.prefill_tokens_from, r.decode_tokens_from]).toEqual([213, 214, 'mean', 'mean']);
    expect([r.num_prompts, r.duration_s, r.rate_rps, r.strategy]).toEqual([200, 31.5793632660002, 16, 'poisson']);
    expect(r.max_latency_s).toBeUndefined(); // no --save-detailed arrays
  });

  it('the detailed arrays give the longest request latency', () => {
    const [r] = parseVllmBench(fixtureText('vllm/save-result-detailed.json'), { fileName: 'd.json' });
    const l0 = 0.2484128090000013 + 0.12632025699986116 + 0.1208640810000361 + 0.04107947600004991 + 0.04261184699998921;
    const l1 = 0.24869875400008823 + 0.12717546599969864 + 0.12000669200006087 + 0.04116888899989135 + 0.04221711900027003;
    const l2 = 0.24727557300002445 + 0.12823300399986692 + 0.12018918300009318 + 0.041151406000153656 + 0.04213108799967813;
    expect(r.max_latency_s).toBeCloseTo(Math.max(l0, l1, l2), 12);
  });

  it('reads swept random_*_len as the stated lengths (prefix included), also as --metadata strings', () => {
    const doc = fixtureJson('vllm/sweep-summary.json');
    Object.assign(doc[0], { random_input_len: 30, random_prefix_len: 2, random_output_len: 16 });
    Object.assign(doc[1], { random_input_len: '32', random_output_len: '16' });
    const rows = parseVllmBench(JSON.stringify(doc), { fileName: 's.json' });
    expect(rows.map((r) => [r.prefill_tokens, r.decode_tokens, r.prefill_tokens_from])).toEqual([
      [32, 16, 'stated'],
      [32, 16, 'stated'],
    ]);
    expect(rows[0].meta_random_input_len).toBeUndefined();
    doc[0].random_output_len = 0;
    expect(() => parseVllmBench(JSON.stringify(doc), { fileName: 's.json' })).toThrow('parseVllmBench: s.json: [0].random_output_len: not a positive integer (got 0)');
  });

  it('a finite rate with --max-concurrency is open loop with the cap kept; rate inf with it is closed loop', () => {
    const doc = fixtureJson('vllm/sweep-summary.json');
    doc[0].request_rate = 4;
    const rows = parseVllmBench(JSON.stringify(doc), { fileName: 's.json' });
    expect(rows.map((r) => [r.strategy, r.rate_rps, r.concurrency, r.max_concurrency, r.max_concurrent_requests])).toEqual([
      ['poisson', 4, null, 2, 6],
      ['concurrent', null, 2, undefined, 8],
    ]);
  });

  it('SD: acceptance counts and the i.i.d. alpha estimate; alpha stays the configured one', () => {
    const [r] = parseVllmBench(fixtureText('vllm/bench-serve-sd.json'), { fileName: 'sd.json' });
    expect([r.num_drafts, r.draft_tokens, r.accepted_tokens]).toEqual([1260, 3780, 2723]);
    const a = r.alpha_estimate as number;
    expect(1 + a + a * a + a ** 3).toBeCloseTo(3.161111111111111, 10);
    expect(r.alpha).toBeNull();
    const [forced] = parseVllmBench(fixtureText('vllm/bench-serve-sd.json'), { fileName: 'sd.json', alpha: 0.8 });
    expect([forced.alpha, forced.alpha_estimate]).toEqual([0.8, a]);
  });

  it('notes a near-zero acceptance in warnings, naming the file (counts of the issue: 52 of 744,390)', () => {
    // The real fixture with the drafted/accepted counts of the run the issue describes.
    const doc = fixtureJson('vllm/bench-serve-sd.json');
    Object.assign(doc, { spec_decode_draft_tokens: 744390, spec_decode_accepted_tokens: 52, spec_decode_acceptance_rate: (100 * 52) / 744390 });
    const warnings: string[] = [];
    parseVllmBench(JSON.stringify(doc), { fileName: 'eagle3.json', warnings });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^eagle3\.json: near-zero speculative acceptance: 52 of 744390 drafted tokens accepted \(0\.00699% < 5%\)/);
    const none: string[] = [];
    parseVllmBench(JSON.stringify(doc), { fileName: 'eagle3.json', warnings: none, minAcceptance: 0 });
    parseVllmBench(fixtureText('vllm/bench-serve-sd.json'), { fileName: 'sd.json', warnings: none });
    expect(none).toEqual([]);
  });

  it('a Hugging Face cache path as model_id becomes the model id, the raw value kept', () => {
    const doc = fixtureJson('vllm/bench-serve-sd.json');
    doc.model_id = '/models/models--openai--gpt-oss-120b/snapshots/b5c9e1f0a2c3/';
    const [r] = parseVllmBench(JSON.stringify(doc), { fileName: 'sd.json' });
    expect([r.verifier, r.verifier_raw]).toEqual(['openai/gpt-oss-120b', '/models/models--openai--gpt-oss-120b/snapshots/b5c9e1f0a2c3/']);
    const [given] = parseVllmBench(JSON.stringify(doc), { fileName: 'sd.json', verifier: 'gpt-oss-120b' });
    expect([given.verifier, given.verifier_raw]).toEqual(['gpt-oss-120b', undefined]);
  });
});
