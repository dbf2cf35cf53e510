import { describe, expect, it } from 'vitest';
import { offeredRatesReading } from '../../../lib/paper/collapse/offered-rates-reading.js';
import type { CollapseDeviationBin } from '../../../lib/paper/collapse/collapse-deviation-bins.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';

const bins = (group: string, pcts: number[]): CollapseDeviationBin[] =>
  pcts.map((medianPct, i) => ({ group, xLo: i / 10, xHi: (i + 1) / 10, xMid: (i + 0.5) / 10, n: 5, medianPct, q25Pct: medianPct - 1, q75Pct: medianPct + 1 }));
const row = (source: string, k: number, p: number, g: number) => ({ source, k, prefill_tokens: p, decode_tokens: g }) as unknown as TidyRow;

describe('offeredRatesReading', () => {
  it('says the window does not make a pattern the offered rate leaves in place, and shows the simulated knee behind a + − + run', () => {
    const measured = [...bins('A', [3, -2, 4]), ...bins('B', [2, -2, 0])];
    const offered = [...bins('A', [2, -1.5, 3]), ...bins('B', [0.5, 0, 0])];
    const rows = [row('sim:qwen3-8b@a100-80gb:seed=1', 0, 256, 256), row('sim:qwen3-8b@a100-80gb:seed=2', 4, 1024, 1024)];
    const text = offeredRatesReading(measured, offered, rows);
    expect(text).toContain('With the offered rate the run of signs stays the same for 1 of the 2 group(s) that show one (A: + − +), and 3 of 6 bins lie beyond ±1% (5 of 6 with the measured rate): the window makes part of the pattern.');
    expect(text).toMatch(/over its 1 system\(s\) here and k ∈ \{0, 4\}, an added sequence costs [\d.–]+ ms from 1 to 2 sequences and [\d.–]+ ms from 64 to 128; for 1 of the 2 \(system, k\) pairs it turns up by half or more from 16 sequences on/);
    expect(text).toContain('the + − + run that the offered rate leaves in place for A.');
  });

  it('gives the window the pattern when the refit removes it, and nothing about the simulator for rows that are not simulated', () => {
    const text = offeredRatesReading(bins('A', [3, -2, 4]), bins('A', [0, 0, 0.5]), [row('real.json', 3, 512, 128)]);
    expect(text).toContain('stays the same for 0 of the 1 group(s) that show one, and 0 of 3 bins lie beyond ±1% (3 of 3 with the measured rate): the pattern came from the measurement window.');
    expect(text).not.toContain('simulator');
    expect(offeredRatesReading(bins('A', [0, 0]), bins('A', [0, 0]), [])).toContain('no group shows a run of signs beyond ±1%');
  });
});
