import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExternalAgreement } from '../../../lib/sim/calibration/external-agreement.js';
import { parseExternalCsv } from '../../../lib/sim/calibration/parse-external-csv.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';
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
    expect(sd).toHaveLength(3 * 7 * 8); // contexts x batches x (decode, verify k = 1/3/5, eagle_draft, sd_step k = 1/3/5)
    // Linear step model by hand: verify_step at batch 8, context 1024, k = 3 (4 tokens per sequence).
    const v = sd.find((r) => r.pass === 'verify' && r.batch === 8 && r.context_tokens === 1024 && r.k === 3)!;
    expect(v.measured_ms).toBeCloseTo((3.926e-8 * 8 * 1024 + 2.101e-5 * 32 + 5.886e-3) * 1e3, 9);
    const d = sd.find((r) => r.pass === 'eagle_draft' && r.batch === 64 && r.context_tokens === 2048)!;
    expect(d.measured_ms).toBeCloseTo((2.378e-9 * 64 * 2048 + 8.414e-7 * 64 + 2.135e-3) * 1e3, 9);
  });

  it('fits nothing to the public timings: no offset; the simulated time is the priced passes plus, per speculative step, the calibrated engine overhead', () => {
    const specOverheadMs = defaultCalibration().engine.specOverheadS * 1e3;
    for (const r of rows) {
      expect(r.offset_ms).toBe(0);
      expect(r.engine_ms).toBe(r.pass === 'sd_step' ? specOverheadMs : 0);
      expect(r.simulated_ms).toBeCloseTo(r.roofline_ms + (r.engine_ms as number), 9);
      expect(r.ratio).toBeCloseTo(r.simulated_ms / r.measured_ms, 12);
    }
    // an sd_step row is the verification of k + 1 tokens plus k drafter passes, on both sides
    const at = (pass: string, k: number) => rows.find((r) => r.source === 'specdecode-bench' && r.pass === pass && r.batch === 16 && r.context_tokens === 1024 && r.k === k)!;
    const step = at('sd_step', 3);
    expect(step.measured_ms).toBeCloseTo(at('verify', 3).measured_ms + 3 * at('eagle_draft', 0).measured_ms, 9);
    expect(step.roofline_ms).toBeCloseTo(at('verify', 3).roofline_ms + 3 * at('eagle_draft', 0).roofline_ms, 9);
    expect(buildExternalAgreement(data, { ...options, specOverheadS: 0 }).find((r) => r.pass === 'sd_step')!.engine_ms).toBe(0);
    expect(() => buildExternalAgreement(data, { ...options, specOverheadS: -1 })).toThrow('buildExternalAgreement requires options.specOverheadS to be a finite number >= 0');
  });

  it('agrees within 25% on the verification and decode passes of both sources and on speculative steps of k >= 3', () => {
    const checked = rows.filter((r) => r.pass === 'verify' || r.pass === 'decode' || (r.pass === 'sd_step' && r.k >= 3));
    const bad = checked.filter((r) => Math.abs(r.ratio - 1) > 0.25);
    expect(bad.map((r) => `${r.source} ${r.pass} B=${r.batch} ctx=${r.context_tokens} k=${r.k}: ${r.ratio.toFixed(3)}`)).toEqual(['vllm-pr5691 verify B=4 ctx=256 k=5: 0.741']);
  });

  it('prices the EAGLE pass alone below the measurement: the engine books the proposer\'s CPU time per speculative step', () => {
    const draft = rows.filter((r) => r.pass === 'eagle_draft');
    expect(Math.max(...draft.map((r) => r.ratio))).toBeLessThan(0.75);
    const k1 = rows.filter((r) => r.pass === 'sd_step' && r.k === 1);
    expect(Math.min(...k1.map((r) => r.ratio))).toBeGreaterThan(1); // one drafter pass: the per-step overhead outweighs it
  });

  it('rejects a file without the needed component', () => {
    expect(() => buildExternalAgreement({ ...data, stepModel: [] }, options)).toThrow('component verify_step: missing');
  });
});
