import { describe, expect, it } from 'vitest';
import { throughputReading } from '../../../lib/paper/collapse/throughput-reading.js';

const group = (name: string, median: number, max: number) => ({ group: name, n: 4, median, min: median - 0.05, max });

describe('throughputReading', () => {
  it('counts the groups that stay below the pole and names the smallest fraction against the others', () => {
    const text = throughputReading({ configs: [], groups: [group('A', 0.8, 0.9), group('B', 0.4, 0.6), group('C', 0.7, 0.95)], text: '' }, 'verifier');
    expect(text).toBe(
      "In 3 of 3 verifier group(s) every configuration's measured throughput stays below the pole 1/C2 of its fit (largest fraction over all: 0.95): " +
        'the pole is where Eq. 1 would diverge, an extrapolation beyond what the server sustained, not a measured capacity. ' +
        'Smallest median fraction: B, 0.4 of 1/C2, against 0.7–0.8 for the others.',
    );
  });
  it('names the groups that reach the pole, and says when nothing can be compared', () => {
    expect(throughputReading({ configs: [], groups: [group('A', 0.9, 1.1)], text: '' }, 'k')).toBe(
      "In 0 of 1 k group(s) every configuration's measured throughput stays below the pole 1/C2 of its fit (largest fraction over all: 1.1); in A some configurations reach or pass it.",
    );
    expect(throughputReading({ configs: [], groups: [], text: '' }, 'k')).toMatch(/^No configuration has a throughput benchmark/);
  });
});
