import { describe, expect, it } from 'vitest';
import { coefficientLabel } from '../../../lib/paper/shared/coefficient-label.js';

describe('coefficientLabel', () => {
  it('subscripts the six SD coefficients and C1/C2 names', () => {
    expect(coefficientLabel('c2_v')).toBe('c<sub>2,v</sub>');
    expect(coefficientLabel('c1_d')).toBe('c<sub>1,d</sub>');
    expect(coefficientLabel('C1')).toBe('C<sub>1</sub>');
    expect(coefficientLabel('C2R')).toBe('C<sub>2</sub>R');
    expect(coefficientLabel('C1_eff')).toBe('C<sub>1,eff</sub>');
  });

  it('leaves other names alone', () => {
    expect(coefficientLabel('phi')).toBe('phi');
  });
});
