import { describe, expect, it } from 'vitest';
import { displayMimeBundle } from '../../lib/io/display-mime-bundle.js';

describe('displayMimeBundle', () => {
  it('rejects an empty bundle', () => {
    expect(() => displayMimeBundle({})).toThrow('displayMimeBundle requires a non-empty { mimeType: content } object');
  });

  it('explains that it needs a running tslab kernel when called outside a notebook', () => {
    // Inside a kernel it is exercised by test/notebooks/smoke.test.ts (the smoke notebook shows a figure).
    expect(() => displayMimeBundle({ 'text/plain': 'x' })).toThrow(
      'displayMimeBundle requires a running tslab kernel (call it from a notebook cell)',
    );
  });
});
