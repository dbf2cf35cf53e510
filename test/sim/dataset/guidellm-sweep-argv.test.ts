import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateCommand } from '../../../lib/cli/simulate-command.js';
import { loadMeasurements } from '../../../lib/data/load-measurements.js';
import { guidellmSweepArgv } from '../../../lib/sim/dataset/guidellm-sweep-argv.js';
import { simDatasetPlan } from '../../../lib/sim/dataset/sim-dataset-plan.js';

describe('guidellmSweepArgv', () => {
  const plan = simDatasetPlan();

  it('spells out every setting', () => {
    expect(guidellmSweepArgv(plan.guidellm[0], plan, 2048).join(' ')).toBe(
      '--system qwen3-8b@a100-80gb --prefill 512 --decode 128 --k 3 --alpha 0.8 --sweep 10 --duration 90 --max-concurrency 128 ' +
        '--max-model-len 2048 --seed 201 --format guidellm --out data/sim/guidellm',
    );
    expect(guidellmSweepArgv(plan.guidellm[1], plan, 2048)).not.toContain('--alpha');
  });

  it('rejects an SD sweep without alpha', () => {
    expect(() => guidellmSweepArgv({ ...plan.guidellm[0], alpha: null }, plan, 2048)).toThrow('guidellmSweepArgv requires alpha in [0, 1] when k > 0, got null');
  });

  it('drives speclat simulate to the same bytes twice, loadable with its sidecar', async () => {
    const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'speclat-gl-')));
    const texts: string[] = [];
    for (const dir of dirs) {
      const short = { ...plan, durationS: 4, sweepSize: 4, guidellmDir: dir };
      const err: string[] = [];
      const code = await simulateCommand(guidellmSweepArgv({ ...plan.guidellm[0], prefillTokens: 64, decodeTokens: 16 }, short, 2048), {
        stdout: () => undefined,
        stderr: (t) => err.push(t),
      });
      expect(code).toBe(0);
      const files = fs.readdirSync(dir).sort();
      expect(files).toHaveLength(2);
      expect(files[1]).toBe(`${files[0]}.meta.json`);
      texts.push(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
      const rows = await loadMeasurements(dir);
      expect(rows).toHaveLength(4);
      expect(rows.every((r) => r.k === 3 && r.alpha === 0.8 && r.drafter === 'EAGLE(Qwen3-8B)' && r.prefill_tokens === 64)).toBe(true);
    }
    expect(texts[0]).toBe(texts[1]);
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
});
