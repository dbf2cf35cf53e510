import { describe, expect, it } from 'vitest';
import { parseReducedSweep } from '../../../../lib/data/formats/speculators-reduced/parse-reduced-sweep.js';
import { REDUCED_NAME, fixtureJson, fixtureText } from '../../fixtures.js';

// The fixture is the first four benchmarks of the real speculators-scaling file of that name;
// expected numbers were read from it with jq (requests_per_second / request_latency successful means).
const text = fixtureText(`reduced/${REDUCED_NAME}`);

describe('parseReducedSweep', () => {
  it('takes the configuration from the file name and the strategy from the position', () => {
    const rows = parseReducedSweep(text, { fileName: `data/${REDUCED_NAME}` });
    expect(rows).toHaveLength(4); // not ten: the list length decides
    for (const r of rows) {
      expect(r.verifier).toBe('Qwen3-8B');
      expect(r.drafter).toBe('EAGLE(Qwen3-8B)');
      expect(r.hardware).toBe('A100-80GB');
      expect([r.k, r.alpha, r.prefill_tokens, r.decode_tokens]).toEqual([3, 0.7, 512, 128]);
      expect(r.rate_rps).toBeNull();
      expect(r.concurrency).toBeNull();
      expect(r.max_concurrency).toBe(128);
      expect(r.errored).toBe(0);
    }
    expect(rows.map((r) => r.strategy)).toEqual(['synchronous', 'throughput', 'constant', 'constant']);
    const rps = [0.9900773440901072, 13.513320714184953, 2.541908484440034, 4.110574439312085];
    const lat = [1.008435509178076, 9.000634512489224, 1.1428283662126775, 1.276998584509542];
    rows.forEach((r, i) => {
      expect(r.measured_rps).toBeCloseTo(rps[i], 12);
      expect(r.mean_latency_s).toBeCloseTo(lat[i], 12);
    });
    expect(rows.map((r) => r.completed)).toEqual([89, 1215, 228, 369]);
    expect(rows.map((r) => r.incomplete)).toEqual([1, 128, 3, 5]);
    expect(rows[0].p50_latency_s).toBeCloseTo(1.0043928623199463, 12); // the median (no p50 percentile)
    expect(rows[0].p99_latency_s).toBeCloseTo(1.449244737625122, 12);
    expect(rows[1].mean_concurrency).toBeCloseTo(121.63081478966326, 10);
    expect(rows[2].source).toBe(`data/${REDUCED_NAME}#[2]`);
  });

  it('options and sidecar override the name', () => {
    const [r] = parseReducedSweep(text, { fileName: REDUCED_NAME, hardware: 'H100-80GB', sidecar: { hardware: 'x', drafter: 'EAGLE3-8B' } });
    expect(r.hardware).toBe('H100-80GB');
    expect(r.drafter).toBe('EAGLE3-8B');
    expect(r.k).toBe(3);
  });

  it('without a matching name: the verifier must be given; lengths fall back to the rounded means', () => {
    expect(() => parseReducedSweep(text, { fileName: 'sweep.json' })).toThrow(
      /^parseReducedSweep: sweep\.json: \(file name\): does not match output_<verifier>_FS_alpha-<A>_draft-<K>/,
    );
    const rows = parseReducedSweep(text, { fileName: 'sweep.json', verifier: 'Qwen3-8B', drafter: 'd', k: 2 });
    expect(rows[0].prefill_tokens).toBe(520); // prompt_token_count mean 520.10
    expect(rows[0].decode_tokens).toBe(128);
    expect(rows[0].alpha).toBeNull();
    expect(rows[0].hardware).toBe('');
  });

  it('errors name the list position and field; zero successes can be skipped with a warning', () => {
    const doc = fixtureJson(`reduced/${REDUCED_NAME}`);
    doc[2].request_latency.successful.mean = null;
    expect(() => parseReducedSweep(JSON.stringify(doc), { fileName: REDUCED_NAME })).toThrow(
      `parseReducedSweep: ${REDUCED_NAME}: [2].request_latency.successful.mean: missing`,
    );
    const doc2 = fixtureJson(`reduced/${REDUCED_NAME}`);
    doc2[3].request_latency.successful.count = 0;
    const warnings: string[] = [];
    const rows = parseReducedSweep(JSON.stringify(doc2), { fileName: REDUCED_NAME, skipInvalid: true, warnings });
    expect(rows).toHaveLength(3);
    expect(warnings).toEqual([
      `skipped: parseReducedSweep: ${REDUCED_NAME}: [3].request_latency.successful.count: zero successful requests: no latency to report`,
    ]);
  });

  it('k 0 in the name means no drafter', () => {
    const name = REDUCED_NAME.replace('draft-3', 'draft-0');
    const [r] = parseReducedSweep(text, { fileName: name });
    expect([r.k, r.drafter]).toEqual([0, '']);
  });
});
