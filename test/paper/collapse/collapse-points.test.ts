import { describe, expect, it } from 'vitest';
import { collapsePoints } from '../../../lib/paper/collapse/collapse-points.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';
import { configKey, entry, failedEntry, openPoint } from '../group-fit-factory.js';

describe('collapsePoints', () => {
  const rows = [
    tidyRow({ measured_rps: 2, mean_latency_s: 3 }),
    tidyRow({ measured_rps: 5, mean_latency_s: 6 }),
    tidyRow({ strategy: 'synchronous', measured_rps: 0.5, mean_latency_s: 2 }),
  ];

  it('normalises each used point by its own fit: x = measured rps × C2, y = L / C1', () => {
    const fit = { c1: 1.5, c2: 0.1, points: [openPoint(0, 2, 3), openPoint(1, 5, 6), { ...openPoint(2, 1, 2), kind: 'closed' as const }] };
    const pts = collapsePoints(rows, [entry(configKey({ verifier: 'Qwen3-8B' }), fit), failedEntry(configKey())]);
    expect(pts.map((p) => [p.x, p.y, p.group])).toEqual([
      [0.2, 2, 'Qwen3-8B'],
      [0.5, 4, 'Qwen3-8B'],
      [0.05, 2 / 1.5, 'Qwen3-8B'], // closed loop: its measured rate 0.5 requests/s
    ]);
    expect(pts[0].label).toContain('verifier=Qwen3-8B');
  });

  it('groups by another key column with a suffix', () => {
    const fit = { c1: 1, c2: 0.2, points: [openPoint(0, 2, 3)] };
    expect(collapsePoints(rows, [entry(configKey({ k: 4 }), fit)], { groupBy: 'k', groupSuffix: ' (sim)' })[0].group).toBe('k = 4 (sim)');
  });

  it('rejects a missing group column, a bad fit or an index outside the rows', () => {
    const fit = { c1: 1, c2: 0.2, points: [openPoint(7, 2, 3)] };
    expect(() => collapsePoints(rows, [entry({ k: 1 }, fit)])).toThrow('collapsePoints requires fits[0].key.verifier');
    expect(() => collapsePoints(rows, [entry(configKey(), { ...fit, c1: 0 })])).toThrow('collapsePoints requires C1 > 0 and C2 >= 0');
    expect(() => collapsePoints(rows, [entry(configKey(), fit)])).toThrow('point index 7 is outside 3 rows');
  });
});
