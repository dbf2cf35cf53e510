import { describe, expect, it } from 'vitest';
import { hoverText } from '../../lib/plot/hover-text.js';

describe('hoverText', () => {
  it('joins label: value lines with <br>, formats numbers and drops missing values', () => {
    expect(hoverText([['verifier', 'Qwen3-8B'], ['RPS (requests/s)', 2.3456], ['label', undefined], ['x', null]])).toBe(
      'verifier: Qwen3-8B<br>RPS (requests/s): 2.35',
    );
  });
});
