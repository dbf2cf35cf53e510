import { describe, expect, it } from 'vitest';
import { heldOutClaims } from '../../../lib/paper/held-out/held-out-claims.js';
import type { HeldOutRun } from '../../../lib/paper/held-out/held-out-r2-rows.js';

const run = (model: string, verifier: string): HeldOutRun => ({
  model,
  verifier,
  n: 1,
  nGroups: 16,
  failedGroups: [],
  nFolds: 16,
  nCombinations: 16,
  sampled: false,
  failedFolds: 0,
});
const SIZES: Record<string, number> = { Big: 14, Edge: 7.9, Small: 1.7 };

describe('heldOutClaims', () => {
  const rows = [
    { model: 'Big', coefficient: 'c2_p', n: 1, r2: 0.99 },
    { model: 'Big', coefficient: 'c2_p', n: 4, r2: 0.975, mapePct: 2.5 },
    { model: 'Big', coefficient: 'c2_v', n: 1, r2: 0.98 },
    { model: 'Big', coefficient: 'c1_p', n: 1, r2: 0.1 },
    { model: 'Edge', coefficient: 'c2_p', n: 1, r2: 0.99 },
    { model: 'Edge', coefficient: 'c2_v', n: 2, r2: 0.96 },
    { model: 'Small', coefficient: 'c2_p', n: 1, r2: 0.99 },
    { model: 'Small', coefficient: 'c2_v', n: 1, r2: 0.99 },
  ];
  const runs = [run('Big', 'Big'), run('Edge', 'Edge'), run('Small', 'Small')];

  it('takes the smallest R² over n per claimed coefficient and splits models at 8B (5% slack)', () => {
    const c = heldOutClaims(rows, runs, { dataLabel: 'sim', sizeOf: (n) => SIZES[n] });
    expect(c).toMatchObject({ large: ['Big', 'Edge'], largePassing: ['Big'], small: ['Small'], smallPassing: ['Small'] });
    expect(c.text).toContain('- Big (14 B): min R² of c2_p 0.975 (held-out MAPE up to 2.5%), min R² of c2_v 0.98 (reaches 0.97).');
    expect(c.text).toContain('1 of 2 model(s) of 8B and up reach it (Edge miss): differs from the paper');
    expect(c.text).toContain('Smaller models (contrast): 1 of 1 reach it');
  });

  it('agrees when every large model passes, with a custom threshold', () => {
    const c = heldOutClaims(rows, runs, { dataLabel: 'sim', sizeOf: (n) => SIZES[n], threshold: 0.95 });
    expect(c.text).toContain('all 2 model(s) of 8B and up reach it: agrees with the paper');
  });

  it('requires a run per model', () => {
    expect(() => heldOutClaims(rows, runs.slice(0, 1), { dataLabel: 'sim', sizeOf: (n) => SIZES[n] })).toThrow(
      'heldOutClaims requires a run for every model, Edge has none',
    );
  });
});
