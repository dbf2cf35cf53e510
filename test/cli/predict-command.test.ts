import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli.js';
import { captureIo } from './capture-io.js';


describe('speclat predict', () => {
  it('prints Eq. 1 latency and Little batch per rate, with saturation explicit', async () => {
    const io = captureIo();
    expect(await main(['predict', '--c1', '1', '--c2', '0.1', '--rps', '0,5,12', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out);
    expect(r.saturation_rps).toBeCloseTo(10, 12);
    expect(r.points[0]).toEqual({ rps: 0, latency_s: 1, saturated: false, utilisation: 0, batch: 0 });
    // 1 / (1 - 0.5) = 2 s; B = 5 * 2 = 10
    expect(r.points[1].latency_s).toBeCloseTo(2, 12);
    expect(r.points[1].batch).toBeCloseTo(10, 12);
    expect(r.points[2]).toMatchObject({ latency_s: null, saturated: true });
    expect(r.baseline).toBeNull();
    expect(r.break_even).toBeNull();
  });

  it('adds speedup and break-even against a baseline (hand-computed)', async () => {
    const io = captureIo();
    expect(await main(['predict', '--c1', '1', '--c2', '0.15', '--baseline-c1', '2', '--baseline-c2', '0.1', '--rps', '0,5', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out);
    // C1R = 0.5, C2R = 1.5: S(0) = 2; r* = (0.5 - 1) / (0.5 - 1.5) = 0.5 -> 5 rps, where S = 1.
    expect(r.points[0].speedup).toBeCloseTo(2, 12);
    expect(r.points[1].speedup).toBeCloseTo(1, 12);
    expect(r.points[1].baseline_latency_s).toBeCloseTo(4, 12);
    expect(r.break_even.rps).toBeCloseTo(5, 12);
    expect(r.break_even.sd_faster_below).toBe(true);
    const text = captureIo();
    expect(await main(['predict', '--c1', '1', '--c2', '0.15', '--baseline-c1', '2', '--baseline-c2', '0.1', '--rps', '0,5'], text)).toBe(0);
    expect(text.out).toContain('# break-even at 5 rps (SD faster below)');
    expect(text.out.trimEnd().split('\n').at(-1)!.trim().split(/\s+/)).toEqual(['5', '4', '20', '4', '1']);
  });

  it('evaluates Eq. 3 from six coefficients (object or one-group fit output), baseline k = 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'speclat-predict-'));
    const six = { c1_p: 0.05, c1_v: 0.01, c1_d: 0.002, c2_p: 0.001, c2_v: 0.0002, c2_d: 0.00002 };
    const file = path.join(dir, 'six.json');
    writeFileSync(file, JSON.stringify([{ verifier: 'V', ...six, r2: 0.99 }]));
    const io = captureIo();
    expect(await main(['predict', '--coeffs', file, '--k', '2', '--alpha', '0.5', '--decode', '128', '--rps', '0', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out);
    // E = 1.75; C1 = 0.05 + (128 / 1.75) * (0.01 + 2 * 0.002); baseline C1 = 0.05 + 128 * 0.01
    expect(r.coefficients.c1).toBeCloseTo(0.05 + (128 / 1.75) * 0.014, 12);
    expect(r.coefficients.c2).toBeCloseTo(0.001 + (128 / 1.75) * 0.00024, 12);
    expect(r.baseline.c1).toBeCloseTo(1.33, 12);
    expect(r.points[0].speedup).toBeCloseTo(1.33 / (0.05 + (128 / 1.75) * 0.014), 12);
    expect(r.setting).toEqual({ k: 2, decode_tokens: 128, alpha: 0.5 });
  });

  it('exits non-zero with a one-line reason on bad input', async () => {
    const cases: [string[], string][] = [
      [['predict', '--c1', '1', '--c2', '0.1'], 'speclat predict: predict requires --rps\n'],
      [['predict', '--c1', '1', '--rps', '1'], 'speclat predict: predict requires --c1 and --c2 (or --coeffs)\n'],
      [['predict', '--c1=-1', '--c2', '0.1', '--rps', '1'], 'speclat predict: predict requires --c1 to be a number > 0, got "-1"\n'],
      [['predict', '--c1', '1', '--c2', '0.1', '--rps', '1,x'], 'speclat predict: predict requires --rps to be comma-separated numbers >= 0, got "x"\n'],
      [['predict', '--coeffs', 'missing.json', '--k', '1', '--decode', '10', '--rps', '1', '--alpha', '0.5'], ''],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(1);
      if (message) expect(io.err).toBe(message);
      else expect(io.err).toMatch(/^speclat predict: predict: missing\.json: \(document\): /);
    }
    const io = captureIo();
    expect(await main(['predict', '--bogus'], io)).toBe(2);
  });
});
