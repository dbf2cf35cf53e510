import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExternalAgreement } from '../../../lib/sim/calibration/external-agreement.js';
import { externalAgreementTable } from '../../../lib/sim/calibration/external-agreement-table.js';
import { parseExternalCsv } from '../../../lib/sim/calibration/parse-external-csv.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

const dir = path.resolve(__dirname, '../../../data/external');
const data = {
  verifyStep: parseExternalCsv(readFileSync(path.join(dir, 'vllm-verify-step-a100.csv'), 'utf8'), 'vllm-verify-step-a100.csv'),
  stepModel: parseExternalCsv(readFileSync(path.join(dir, 'specdecode-bench-step-model.csv'), 'utf8'), 'specdecode-bench-step-model.csv'),
};
const options = { pr5691System: getSystemSpec('llama-2-7b@a100-80gb'), specdecodeSystem: getSystemSpec('llama-3.1-8b@h100-80gb') };

describe('buildExternalAgreement', () => {
  const rows = buildExternalAgreement(data, options);

  it('compares every public row, with the measured values the sources give', () => {
    const pr = rows.filter((r) => r.source === 'vllm-pr5691');
    expect(pr.map((r) => [r.batch, r.measured_ms])).toEqual([[4, 13.7], [8, 14.8], [16, 18.4], [32, 25.5], [64, 35.1], [128, 70.9]]);
    expect(pr.every((r) => r.k === 5 && r.context_tokens === 256)).toBe(true);
    const sd = rows.filter((r) => r.source === 'specdecode-bench');
    expect(sd).toHaveLength(3 * 7 * 5);
    // Linear step model by hand: verify_step at batch 8, context 1024, k = 3 (4 tokens per sequence).
    const v = sd.find((r) => r.pass === 'verify' && r.batch === 8 && r.context_tokens === 1024 && r.k === 3)!;
    expect(v.measured_ms).toBeCloseTo((3.926e-8 * 8 * 1024 + 2.101e-5 * 32 + 5.886e-3) * 1e3, 9);
    const d = sd.find((r) => r.pass === 'eagle_draft' && r.batch === 64 && r.context_tokens === 2048)!;
    expect(d.measured_ms).toBeCloseTo((2.378e-9 * 64 * 2048 + 8.414e-7 * 64 + 2.135e-3) * 1e3, 9);
  });

  it('adds one non-negative software offset per source and pass, zero error at its reference row when positive', () => {
    const keys = new Map<string, Set<number>>();
    for (const r of rows) {
      const k = `${r.source}|${r.pass}`;
      if (!keys.has(k)) keys.set(k, new Set());
      keys.get(k)!.add(r.offset_ms);
      expect(r.simulated_ms).toBeCloseTo(r.roofline_ms + r.offset_ms, 9);
    }
    expect([...keys.keys()].sort()).toEqual(['specdecode-bench|decode', 'specdecode-bench|eagle_draft', 'specdecode-bench|verify', 'vllm-pr5691|verify']);
    for (const s of keys.values()) {
      expect(s.size).toBe(1);
      expect([...s][0]).toBeGreaterThanOrEqual(0);
    }
    expect(rows.find((r) => r.source === 'vllm-pr5691' && r.batch === 4)!.ratio).toBeCloseTo(1, 12);
  });

  it('agrees within 25% on every row', () => {
    const bad = rows.filter((r) => Math.abs(r.ratio - 1) > 0.25);
    expect(bad.map((r) => `${r.source} ${r.pass} B=${r.batch} ctx=${r.context_tokens} k=${r.k}: ${r.ratio.toFixed(3)}`)).toEqual([]);
  });

  it('predicts the GPU-bound verification and decode passes of vLLM 0.10.1 without an offset (within 25%)', () => {
    const gpu = rows.filter((r) => r.source === 'specdecode-bench' && r.pass !== 'eagle_draft');
    for (const r of gpu) expect(Math.abs(r.roofline_ratio - 1)).toBeLessThanOrEqual(0.25);
  });

  it('makes a table and rejects a file without the needed component', () => {
    expect(externalAgreementTable(rows).rows).toHaveLength(rows.length);
    expect(() => buildExternalAgreement({ ...data, stepModel: [] }, options)).toThrow('component verify_step: missing');
  });
});
