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
