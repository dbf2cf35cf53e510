import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../lib/plot/figure-defaults.js';
import { figureLayout } from '../../lib/plot/figure-layout.js';

describe('figureLayout', () => {
  const options = withDefaults('f', { dataLabel: 'd' }, { id: 'a', title: 'My title' });

  it('sets size, title, white background and a titled legend', () => {
    const layout = figureLayout(options, { xaxis: { a: 1 } }, 'verifier');
    expect(layout).toMatchObject({ width: 900, height: 560, paper_bgcolor: '#ffffff', xaxis: { a: 1 } });
    expect((layout.title as { text: string }).text).toBe('My title');
    expect(layout.legend).toEqual({ title: { text: 'verifier' }, tracegroupgap: 0 });
  });

  it('omits an empty title and lets extra keys win', () => {
    const layout = figureLayout({ ...options, title: '' }, { hovermode: 'x' });
    expect(layout.title).toBeUndefined();
    expect(layout.hovermode).toBe('x');
  });
});
