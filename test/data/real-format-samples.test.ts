// Loads every real file of ../shared/real-format-samples (present beside the clone in CI and on
// the development machine, never committed) and checks the key values that a person wrote down
// in SOURCES.md by reading the files: independent expectations for the loaders.
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeasurements } from '../../lib/data/load-measurements.js';
import type { TidyRow } from '../../lib/data/tidy-schema.js';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'shared', 'real-format-samples');
const G = path.join(SAMPLES, 'guidellm');
const V = path.join(SAMPLES, 'vllm');
const load = (file: string) => loadMeasurements(file);

describe.skipIf(!existsSync(SAMPLES))('real format samples (../shared/real-format-samples)', () => {
  it('every file loads into valid rows', async () => {
    for (const dir of [G, V]) {
      for (const name of readdirSync(dir)) {
        const rows = await load(path.join(dir, name));
        expect(rows.length, name).toBeGreaterThan(0);
      }
    }
  });

  it('dkorat 30B sync (GuideLLM 0.5.0.dev0)', async () => {
    const rows = await load(path.join(G, 'dkorat-qwen3-30b-a3b-xpu-sync-v050dev.json'));
    expect(rows).toHaveLength(1);
    const r = rows[0];
    expect(r.strategy).toBe('synchronous');
    expect(r.measured_rps).toBeCloseTo(0.025, 4);
    expect(r.mean_latency_s).toBeCloseTo(39.601, 3);
    expect(r.mean_ttft_ms).toBeCloseTo(59.99, 2);
    expect(r.mean_itl_ms).toBeCloseTo(38.651, 3);
    expect(r.mean_tpot_ms).toBeCloseTo(38.672, 3);
    expect([r.completed, r.errored, r.incomplete]).toEqual([19, 0, 0]);
  });

  it('dkorat 4B concurrent 4', async () => {
    const [r] = await load(path.join(G, 'dkorat-qwen3-4b-xpu-concurrent4-v050dev.json'));
    expect([r.strategy, r.concurrency]).toEqual(['concurrent', 4]);
    expect(r.measured_rps).toBeCloseTo(0.12044, 5);
    expect(r.mean_latency_s).toBeCloseTo(24.909, 3);
    expect(r.mean_ttft_ms).toBeCloseTo(171.77, 2);
    expect(r.mean_itl_ms).toBeCloseTo(24.179, 3);
    expect(r.completed).toBe(4);
  });

  it.each(['guidellm-fixture-v030-sweep-stripped.json', 'guidellm-fixture-v030-sweep-stripped.yaml'])('v0.3 fixture %s', async (name) => {
    const [r] = await load(path.join(G, name));
    expect(r.strategy).toBe('synchronous');
    expect(r.measured_rps).toBeCloseTo(1.54818, 5);
    expect(r.mean_latency_s).toBeCloseTo(0.64447, 5);
    expect(r.mean_ttft_ms).toBeCloseTo(16.793, 3);
    expect(r.mean_itl_ms).toBeCloseTo(4.9416, 4);
    expect([r.completed, r.incomplete, r.errored]).toEqual([46, 1, 0]);
  });

  it('jhurlocker 0.2-era YAML', async () => {
    const [r] = await load(path.join(G, 'jhurlocker-llama32-3b-maas-sync-v02x.yaml'));
    expect(r.strategy).toBe('synchronous');
    expect(r.measured_rps).toBeCloseTo(0.255504, 6);
    expect(r.mean_latency_s).toBeCloseTo(3.91273, 5);
    expect(r.mean_ttft_ms).toBeCloseTo(409.56, 2);
    expect(r.mean_itl_ms).toBeCloseTo(27.583, 3);
    expect([r.completed, r.incomplete]).toEqual([14, 1]);
  });

  it('llm-d v2 fixture (GuideLLM 0.8.0.dev18)', async () => {
    const rows = await load(path.join(G, 'llmd-fixture-guidellm-080dev18-v2schema-constant-2rates.json'));
    expect(rows.map((r) => r.rate_rps)).toEqual([2, 4]);
    expect(rows[0].measured_rps).toBeCloseTo(0.39843, 5);
    expect(rows[0].mean_ttft_ms).toBeCloseTo(11.481, 3);
    expect(rows[0].mean_itl_ms).toBeCloseTo(1.1508, 4);
    expect(rows[0].mean_latency_s).toBeCloseTo(0.019789, 6);
    expect(rows[1].measured_rps).toBeCloseTo(0.79409, 5);
    expect(rows[1].mean_ttft_ms).toBeCloseTo(9.784, 3);
    expect(rows[1].mean_itl_ms).toBeCloseTo(1.0904, 4);
    expect(rows.map((r) => r.completed)).toEqual([2, 2]);
  });

  it('surajssd request-rate sweep 1/4/16/inf', async () => {
    const rows: TidyRow[] = [];
    for (const q of ['01', '04', '16', 'inf']) rows.push(...(await load(path.join(V, `surajssd-llama33-70b-tp8-a100-qps${q}.json`))));
    expect(rows.map((r) => [r.strategy, r.rate_rps])).toEqual([
      ['poisson', 1],
      ['poisson', 4],
      ['poisson', 16],
      ['throughput', null],
    ]);
    [0.97457, 3.17519, 6.33325, 8.3983].forEach((v, i) => expect(rows[i].measured_rps).toBeCloseTo(v, 4));
    [65.258, 50.325, 59.578, 360.361].forEach((v, i) => expect(rows[i].mean_ttft_ms).toBeCloseTo(v, 3));
    [24.564, 27.083, 31.575, 39.063].forEach((v, i) => expect(rows[i].mean_itl_ms).toBeCloseTo(v, 3));
    expect(rows.map((r) => r.completed)).toEqual([200, 200, 200, 200]);
    expect(rows.every((r) => r.latency_derived === true && r.latency_method === 'mean(ttft+sum(itl))')).toBe(true);
  });

  it('nerdalert appended JSON Lines (vLLM then SGLang)', async () => {
    const rows = await load(path.join(V, 'nerdalert-llama31-8b-h100-rate-sweep-appended.jsonl.json'));
    expect(rows).toHaveLength(12);
    const vllm = rows.slice(0, 6);
    expect(vllm.map((r) => r.rate_rps)).toEqual([1, 10, 20, 30, 35, null]);
    [1.2081, 9.5969, 19.2197, 27.9122, 28.452, 26.7778].forEach((v, i) => expect(vllm[i].measured_rps).toBeCloseTo(v, 3));
    [45.04, 56.9, 88.14, 373.01, 8402.26, 18107.32].forEach((v, i) => expect(vllm[i].mean_ttft_ms).toBeCloseTo(v, 2));
    expect([vllm[5].completed, vllm[5].num_prompts]).toEqual([1015, 2000]);
    expect(rows.map((r) => r.meta_framework)).toEqual([...Array(6).fill('vllm'), ...Array(6).fill('sgl')]);
    expect(rows[6].mean_ttft_ms).toBeCloseTo(64.88, 2);
    expect(rows[11].measured_rps).toBeCloseTo(26.9461, 4);
  });

  it('llm-d exp-7 H100 1p1d and A100 2p1d (partial)', async () => {
    const [h] = await load(path.join(V, 'llmd-exp7-h100-llama31-8b-1p1d-rate3.6.json'));
    expect([h.rate_rps, h.completed]).toEqual([3.6, 200]);
    expect(h.measured_rps).toBeCloseTo(3.49249, 5);
    expect(h.mean_ttft_ms).toBeCloseTo(249.54, 2);
    expect(h.mean_itl_ms).toBeCloseTo(17.815, 3);
    const [a] = await load(path.join(V, 'llmd-exp7-a100-llama31-8b-2p1d-rate2.5-partial.json'));
    expect([a.rate_rps, a.num_prompts, a.completed, a.errored]).toEqual([2.5, 250, 240, 10]);
    expect(a.measured_rps).toBeCloseTo(2.31281, 5);
    expect(a.mean_ttft_ms).toBeCloseTo(1666.37, 2);
    expect(a.mean_itl_ms).toBeCloseTo(77.427, 3);
  });

  it('er0080 SD fixture (vLLM 0.25.1)', async () => {
    const [r] = await load(path.join(V, 'er0080-fixture-bench-serve-speculative-qwen38-27b-v0251.json'));
    expect(r.measured_rps).toBeCloseTo(0.245588, 6);
    expect(r.mean_ttft_ms).toBeCloseTo(620.04, 2);
    expect(r.mean_itl_ms).toBeCloseTo(14.4666, 4);
    expect(r.vllm_mean_itl_ms).toBeCloseTo(45.705, 3);
    expect(r.acceptance_length).toBeCloseTo(3.16111, 5);
    expect(r.acceptance_rate).toBeCloseTo(0.72037, 5);
    expect([r.acceptance_rate_pos_1, r.acceptance_rate_pos_2, r.acceptance_rate_pos_3].map((x) => Number((x as number).toFixed(4)))).toEqual([0.85, 0.7167, 0.5944]);
    expect(r.k).toBe(3);
    expect(r.concurrency).toBe(2);
  });

  it('er0080 sweep serve summary', async () => {
    const rows = await load(path.join(V, 'er0080-fixture-sweep-serve-summary-v0251.json'));
    expect(rows).toHaveLength(2);
    expect(rows[0].measured_rps).toBeCloseTo(5.85923, 5);
    expect(rows[0].mean_ttft_ms).toBeCloseTo(217.27, 2);
    expect(rows[0].mean_latency_s).toBeCloseTo(0.34034, 5);
    expect(rows[1].measured_rps).toBeCloseTo(12.46057, 5);
    expect(rows[1].mean_ttft_ms).toBeCloseTo(39.31, 2);
  });
});

const SS = path.resolve(__dirname, '..', '..', '..', 'shared', 'speculators-scaling');
describe.skipIf(!existsSync(SS))('the real speculators-scaling files (../shared/speculators-scaling)', () => {
  it('load into 240 x 10 = 2400 rows with the configuration of their names', async () => {
    const rows = await loadMeasurements(SS);
    expect(rows).toHaveLength(2400);
    const one = rows.filter((r) => r.source.includes('output_Qwen3-8B_FS_alpha-0.70_draft-3_'));
    expect(one).toHaveLength(10);
    expect(one[0]).toMatchObject({ verifier: 'Qwen3-8B', k: 3, alpha: 0.7, prefill_tokens: 512, decode_tokens: 128, strategy: 'synchronous' });
    expect(one[0].measured_rps).toBeCloseTo(0.9900773440901072, 12); // jq: .[0].requests_per_second.successful.mean
    expect(one[9].mean_latency_s).toBeCloseTo(5.262014193401935, 12); // jq: .[9].request_latency.successful.mean
  });
});
