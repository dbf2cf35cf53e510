import { describe, expect, it } from 'vitest';
import { routedTokensLabel } from '../../../lib/paper/moe/routed-tokens-label.js';

describe('routedTokensLabel', () => {
  it('names each assumption', () => {
    expect(routedTokensLabel('k+1')).toBe('T = B·(k+1)');
    expect(routedTokensLabel('k')).toBe('T = B·k');
    expect(routedTokensLabel(2)).toBe('T = B·2');
  });

  it('rejects anything else', () => {
    expect(() => routedTokensLabel('k+2' as never)).toThrow("routedTokensLabel requires 'k+1', 'k' or a positive number, got k+2");
    expect(() => routedTokensLabel(0)).toThrow('routedTokensLabel requires');
  });
});
