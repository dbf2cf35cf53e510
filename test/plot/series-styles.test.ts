import { describe, expect, it } from 'vitest';
import { FIGURE_DEFAULTS } from '../../lib/plot/figure-defaults.js';
import { seriesStyles } from '../../lib/plot/series-styles.js';

describe('seriesStyles', () => {
  it('uses the Okabe-Ito colours in order and changes symbol and dash after one pass', () => {
    const n = FIGURE_DEFAULTS.categorical.length;
    const styles = seriesStyles(n + 1, 'categorical');
    expect(styles[0]).toEqual({ colour: '#0072B2', symbol: 'circle', dash: 'solid' });
    expect(styles[n].colour).toBe(styles[0].colour);
    expect(styles[n].symbol).not.toBe(styles[0].symbol);
    expect(styles[n].dash).not.toBe(styles[0].dash);
    const pairs = new Set(styles.map((s) => `${s.colour}|${s.symbol}`));
    expect(pairs.size).toBe(n + 1);
  });

  it('samples viridis from its first stop, ending before the pale yellow end', () => {
    const styles = seriesStyles(5, 'sequential');
    expect(styles[0].colour).toBe('#440154');
    // t = 0.85 lies 40% of the way from the 4th stop #5ec962 to #fde725: R 157.6 -> 0x9e, G 213.0 -> 0xd5, B 74.2 -> 0x4a.
    expect(styles[4].colour).toBe('#9ed54a');
    expect(new Set(styles.map((s) => s.colour)).size).toBe(5);
  });

  it('auto switches to sequential past the palette size', () => {
    expect(seriesStyles(3)[1].colour).toBe('#D55E00');
    expect(seriesStyles(10)[0].colour).toBe('#440154');
    expect(seriesStyles(0)).toEqual([]);
    expect(() => seriesStyles(-1)).toThrow('seriesStyles requires a non-negative integer count');
  });
});
