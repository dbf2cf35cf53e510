import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lovoWhere, lovoWhereText, type LovoWhere } from '../../../lib/paper/reality-check/lovo-where.js';
import { loadSpeculatorsScaling } from '../../../lib/data/load-speculators-scaling.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';
import type { CalibrationErrorRow } from '../../../lib/sim/calibration/calibration-report.js';

const DATA = 'data/speculators-scaling';
const row = (verifier: string, mape: number): CalibrationErrorRow => ({ verifier, n_points: 10, mape_pct: mape, max_error_pct: 2 * mape, bias_pct: mape, sync_mape_pct: 1 });

describe('lovoWhereText', () => {
  const entry = (cells: LovoWhere['cells']): LovoWhere => ({
    verifier: 'V',
    heldOutMapePct: 9.5,
    replayMapePct: 9.6,
    replayBiasPct: 9.5,
    cells,
    shifts: [
      { name: 'requestOverheadS', committed: 0.033, fold: 0.037, changePct: 12 },
      { name: 'seqCpuS', committed: 8e-5, fold: 8.6e-5, changePct: 7.5 },
      { name: 'memoryEff', committed: 0.78, fold: 0.8, changePct: 2.6 },
      { name: 'computeEff', committed: 0.67, fold: 0.67, changePct: 0 },
    ],
  });
  it('names the bands, the worst cell with the costs that dominate there, and the three largest parameter moves', () => {
    const text = lovoWhereText([
      entry([
        { k: [1, 2], inFlight: [0, 8], n: 5, biasPct: 4 },
        { k: [1, 2], inFlight: [32, Infinity], n: 7, biasPct: 21 },
        { k: [6, Infinity], inFlight: [8, 32], n: 3, biasPct: -6 },
      ]),
    ]);
    expect(text).toContain('- **V** (held out 9.5%; this replay 9.6%, mean signed error +9.5%): mean signed error k 1–2: +4% at 0–8 in flight, +21% at 32 or more in flight; k ≥ 6: -6% at 8–32 in flight.');
    expect(text).toContain('The largest, +21%, is at k 1–2 with 32 or more requests in flight (7 points). There a step holds many sequences of few tokens each');
    expect(text).toContain('requestOverheadS 0.033 → 0.037 (+12%), seqCpuS 0.00008 → 0.000086 (+7.5%), memoryEff 0.78 → 0.8 (+2.6%).');
    expect(text).not.toContain('computeEff 0.67');
    const gemm = lovoWhereText([entry([{ k: [6, Infinity], inFlight: [8, 32], n: 3, biasPct: 29 }])]);
    expect(gemm).toContain('There a verification pass holds many tokens, so its GEMMs are compute-bound');
    expect(lovoWhereText([])).toBe('');
  });
});

describe.skipIf(!fs.existsSync(DATA))('lovoWhere (real sweeps)', () => {
  it('replays only the verifiers above the mean held-out MAPE, with their fold parameters', async () => {
    const rows = (await loadSpeculatorsScaling(DATA)).filter((r) => r.verifier === 'Qwen3-32B' && r.k === 1);
    const cal = defaultCalibration();
    const held = [row('Qwen3-32B', 8), row('Qwen3-8B', 5), row('Qwen3-14B', 5)];
    const committed = lovoWhere(rows, held, { 'Qwen3-32B': { computeEff: cal.efficiency.computeEff } }, cal);
    expect(committed.map((w) => w.verifier)).toEqual(['Qwen3-32B']);
    expect(committed[0].cells.reduce((a, c) => a + c.n, 0)).toBeGreaterThan(10);
    expect(committed[0].shifts[0].changePct).toBeCloseTo(0, 12);
    // a slower GEMM rate in the fold makes the replay slower: the signed error grows
    const slower = lovoWhere(rows, held, { 'Qwen3-32B': { computeEff: 0.5 * cal.efficiency.computeEff } }, cal);
    expect(slower[0].replayBiasPct).toBeGreaterThan(committed[0].replayBiasPct + 1);
    expect(slower[0].shifts[0]).toMatchObject({ name: 'computeEff', changePct: -50 });
    expect(lovoWhere(rows, [row('all', 5)], {}, cal)).toEqual([]);
  });
});
