import { describe, expect, it } from 'vitest';
import { showFigure } from '../../lib/io/show-figure.js';

describe('showFigure', () => {
  it('checks the spec first, then refuses to run outside a tslab kernel', () => {
    // Inside a kernel it is exercised by test/notebooks/smoke.test.ts.
    expect(() => showFigure({ data: null as unknown as [], layout: {} })).toThrow('showFigure requires spec.data');
    expect(() => showFigure({ data: [], layout: {} }, { includePlotlyJs: false })).toThrow(
      'displayMimeBundle requires a running tslab kernel',
    );
  });
});
