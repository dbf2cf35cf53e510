import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli.js';
import { formatTidyCsv } from '../../lib/data/formats/tidy-csv/format-tidy-csv.js';
import { openSweep } from '../paper/your-data/synthetic-sweeps.js';
import { captureIo } from './capture-io.js';

function sweepFile(rows: Parameters<typeof formatTidyCsv>[0]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'speclat-advise-')), 'runs.csv');
  writeFileSync(file, formatTidyCsv(rows));
  return file;
}

const rows = () => [
  ...openSweep(2, 0.05, [1, 3, 5, 7, 9, 11, 13, 15], {}),
  ...openSweep(1, 0.075, [1, 3, 5, 7, 9, 11, 12], { drafter: 'EAGLE3-test', k: 3 }),
];

describe('speclat advise', () => {
  it('--json keeps the contract keys', async () => {
    const io = captureIo();
    expect(await main(['advise', sweepFile(rows()), '--rps', '2,12', '--slo-latency-s', '3', '--json'], io)).toBe(0);
    const j = JSON.parse(io.out);
    for (const key of ['configurations', 'loads', 'break_even', 'capacity', 'vllm_schedule']) expect(j).toHaveProperty(key);
    for (const key of ['drafter', 'k', 'alpha', 'c1', 'c2', 'r2', 'n_points']) expect(j.configurations[0]).toHaveProperty(key);
    expect(j.configurations.map((c: { drafter: string }) => c.drafter)).toEqual(['', 'EAGLE3-test']);
    expect(j.loads[0]).toMatchObject({ rps: 2, best: { drafter: 'EAGLE3-test', k: 3 } });
    expect(j.loads[1].best).toMatchObject({ drafter: '', k: 0 });
    for (const key of ['latency_s', 'speedup']) expect(j.loads[0]).toHaveProperty(key);
    expect(j.break_even[0]).toMatchObject({ drafter: 'EAGLE3-test', k: 3 });
    expect(j.break_even[0].rps).toBeCloseTo(10, 3);
    expect(j.capacity[0]).toMatchObject({ drafter: '', k: 0 });
    expect(j.capacity[0].rps).toBeCloseTo((1 - 2 / 3) / 0.05, 3);
    expect(j.vllm_schedule).toBeNull();
  });

  it('prints a table by default, marking extrapolated loads', async () => {
    const io = captureIo();
    expect(await main(['advise', sweepFile(rows()), '--rps', '2,18'], io)).toBe(0);
    expect(io.out).toContain('EAGLE3-test k=3');
    expect(io.out).toMatch(/18\*/);
    expect(io.out).toContain('outside the measured loads');
  });

  it('--loss chooses the error model of every fit and the output names it', async () => {
    // 4% multiplicative jitter, alternating in sign: the two losses weigh it differently
    const noisy = rows().map((r, i) => ({ ...r, mean_latency_s: r.mean_latency_s * (i % 2 === 0 ? 1.04 : 0.96) }));
    const file = sweepFile(noisy);
    const rel = captureIo();
    const abs = captureIo();
    expect(await main(['advise', file, '--json'], rel)).toBe(0);
    expect(await main(['advise', file, '--json', '--loss', 'absolute'], abs)).toBe(0);
    const [jr, ja] = [JSON.parse(rel.out), JSON.parse(abs.out)];
    expect([jr.loss, ja.loss]).toEqual(['relative', 'absolute']);
    expect(Math.abs(jr.configurations[0].c1 - ja.configurations[0].c1)).toBeGreaterThan(1e-6);
    const text = captureIo();
    expect(await main(['advise', file, '--loss', 'absolute'], text)).toBe(0);
    expect(text.out).toContain("# every fit with the absolute loss (residuals in seconds, the paper's curve_fit)");
    const bad = captureIo();
    expect(await main(['advise', file, '--loss', 'log'], bad)).toBe(1);
    expect(bad.err).toContain('advise requires --loss relative or absolute, got "log"');
  });

  it('bad input: one line on stderr, exit 1', async () => {
    const io = captureIo();
    expect(await main(['advise', sweepFile(openSweep(2, 0.05, [1, 3, 5], {}))], io)).toBe(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain('advise requires at least two configurations');
    const none = captureIo();
    expect(await main(['advise'], none)).toBe(1);
    expect(none.err).toContain('advise requires at least one measurement file or folder');
    const both = captureIo();
    expect(await main(['advise', 'x', '--rps', '1', '--concurrency', '2'], both)).toBe(1);
    expect(both.err).toContain('at most one of --rps and --concurrency');
  });
});
