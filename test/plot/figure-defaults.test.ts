import { describe, expect, it } from 'vitest';
import { FIGURE_DEFAULTS, withDefaults } from '../../lib/plot/figure-defaults.js';

describe('withDefaults', () => {
  it('fills the builder id and title, then the shared size', () => {
    expect(withDefaults('f', { dataLabel: 'simulated' }, { id: 'fig01', title: 'T' })).toEqual({
      dataLabel: 'simulated',
      id: 'fig01',
      title: 'T',
      caption: undefined,
      width: 900,
      height: 560,
    });
    expect(withDefaults('f', { dataLabel: 'd', height: 300, title: '' }, { id: 'a', title: 'T', height: 640 })).toMatchObject({
      height: 300,
      title: '',
    });
    expect(withDefaults('f', { dataLabel: 'd' }, { id: 'a', title: 'T', height: 640 }).height).toBe(640);
  });

  it('requires a data label and sane sizes', () => {
    expect(() => withDefaults('collapseFigure', { dataLabel: ' ' }, { id: 'a', title: 'T' })).toThrow(
      'collapseFigure requires options.dataLabel (which data the figure shows)',
    );
    expect(() => withDefaults('f', undefined, { id: 'a', title: 'T' })).toThrow('f requires options with a dataLabel');
    expect(() => withDefaults('f', { dataLabel: 'd', width: 0 }, { id: 'a', title: 'T' })).toThrow('f requires options.width to be a positive number');
  });

  it('keeps every palette colour-blind safe and distinct', () => {
    expect(FIGURE_DEFAULTS.categorical).not.toContain('#F0E442'); // Okabe-Ito yellow, too pale on white
    expect(new Set(FIGURE_DEFAULTS.categorical).size).toBe(FIGURE_DEFAULTS.categorical.length);
    expect(FIGURE_DEFAULTS.diverging[2]).toEqual([0.5, '#f7f7f7']);
  });
});
