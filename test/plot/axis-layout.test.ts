import { describe, expect, it } from 'vitest';
import { axisLayout } from '../../lib/plot/axis-layout.js';

describe('axisLayout', () => {
  it('titles the axis and applies extra keys', () => {
    const axis = axisLayout('model parameters (billions)', { type: 'log' });
    expect(axis.title).toEqual({ text: 'model parameters (billions)', standoff: 6 });
    expect(axis).toMatchObject({ type: 'log', showline: true, ticks: 'outside', zeroline: false });
  });

  it('refuses an untitled axis', () => {
    expect(() => axisLayout('')).toThrow('axisLayout requires a non-empty title');
  });
});
