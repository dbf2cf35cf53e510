import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepRates } from '../../../lib/sim/load/sweep-rates.js';

describe('sweepRates', () => {
  it('spaces sweepSize - 2 rates evenly above the synchronous rate up to the throughput rate', () => {
    expect(sweepRates(1, 9, 10)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sweepRates(2, 4, 3)).toEqual([4]);
    const r = sweepRates(1.1262714962707476, 14.513, 10);
    expect(r).toHaveLength(8);
    expect(r[0]).toBeCloseTo(1.1262714962707476 + (14.513 - 1.1262714962707476) / 8, 12);
    expect(r[7]).toBeCloseTo(14.513, 12);
  });

  it('rejects a sweep too small and non-positive rates', () => {
    expect(() => sweepRates(1, 2, 2)).toThrow(/sweepSize >= 3/);
    expect(() => sweepRates(0, 2, 10)).toThrow(/synchronousRps > 0/);
    expect(() => sweepRates(1, NaN, 10)).toThrow(/throughputRps > 0/);
  });

  // The real GuideLLM sweeps (speculators-scaling data, when present beside the repo): the
  // measured rates of the first constant benchmarks (below saturation) sit on the rule's targets.
  const file = path.resolve(
    __dirname,
    '../../../../shared/speculators-scaling/output_Qwen3-8B_FS_alpha-0.80_draft-3_prompt-512_output-128_concurrency-128_reduced.json',
  );
  it.skipIf(!fs.existsSync(file))('reproduces the spacing of a real GuideLLM sweep', () => {
    const list = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ requests_per_second: { successful: { mean: number } } }>;
    const rps = list.map((b) => b.requests_per_second.successful.mean);
    const targets = sweepRates(rps[0], rps[1], list.length);
    for (let i = 0; i < 4; i++) expect(Math.abs(rps[i + 2] - targets[i]) / targets[i]).toBeLessThan(0.02);
  });
});
