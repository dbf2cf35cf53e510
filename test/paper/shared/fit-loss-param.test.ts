import { describe, expect, it } from 'vitest';
import { checkLossParam, fitLossPhrase } from '../../../lib/paper/shared/fit-loss-param.js';

describe('checkLossParam', () => {
  it('returns the loss a parameter names', () => {
    expect(checkLossParam('s', 'P.fit.loss', 'relative')).toBe('relative');
    expect(checkLossParam('s', 'P.fit.loss', 'absolute')).toBe('absolute');
  });
  it('rejects other values and a missing loss with the list of losses', () => {
    expect(() => checkLossParam('collapse', 'P.real.fit.loss', 'log')).toThrow('collapse: P.real.fit.loss log is not a loss (losses: relative, absolute)');
    expect(() => checkLossParam('s', 'P.loss', undefined)).toThrow('s: P.loss undefined (not set) is not a loss (losses: relative, absolute)');
    expect(() => checkLossParam('s', 'P.loss', 1)).toThrow('s: P.loss 1 is not a loss');
  });
});

describe('fitLossPhrase', () => {
  it('says what each loss minimises and which is the paper choice', () => {
    expect(fitLossPhrase('relative')).toBe('relative loss (residuals divided by the measured latency)');
    expect(fitLossPhrase('absolute')).toBe("absolute loss (residuals in seconds, the paper's curve_fit)");
    expect(() => fitLossPhrase('log' as never)).toThrow(`fitLossPhrase requires loss 'relative' or 'absolute', got "log"`);
  });
});
