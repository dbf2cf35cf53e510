import { describe, expect, it } from 'vitest';
import { fittedLabel } from '../../../lib/paper/pooled/fitted-label.js';

describe('fittedLabel', () => {
  it('names the loss of the fits, the default when the options leave it out', () => {
    expect(fittedLabel({ label: 'real data', fit: { loss: 'absolute' } })).toBe("real data; fits with the absolute loss (residuals in seconds, the paper's curve_fit)");
    expect(fittedLabel({ label: 'real data', fit: {} })).toBe('real data; fits with the relative loss (residuals divided by the measured latency)');
  });
});
