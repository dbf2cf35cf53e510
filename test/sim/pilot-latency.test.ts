import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/random/create-rng.js';
import { pilotLatency } from '../../lib/sim/pilot-latency.js';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { fakeSystem } from './fake-system.js';

const W = { prefillTokens: 256, decodeTokens: 64, k: 2, alpha: 0.8 };

describe('pilotLatency', () => {
  it('is the latency of the first request of a synchronous benchmark on the idle server', () => {
    const sys = fakeSystem();
    const l = pilotLatency(sys, W, (i) => createRng(100 + i));
    const b = simulateBenchmark(sys, W, { type: 'synchronous' }, { durationS: 8, rng: createRng(100) });
    expect(b.requests.status[0]).toBe(0);
    expect(l).toBe(b.requests.endS[0] - b.requests.startS[0]);
    expect(pilotLatency(sys, W, (i) => createRng(100 + i))).toBe(l); // deterministic
  });

  it('doubles the pilot benchmark until a request completes', () => {
    const sys = fakeSystem();
    const long = { ...W, decodeTokens: 3000 };
    const attempts: number[] = [];
    const l = pilotLatency(sys, long, (i) => (attempts.push(i), createRng(i)), 1);
    expect(l).toBeGreaterThan(1);
    expect(attempts.length).toBeGreaterThan(1);
    expect(2 ** (attempts.length - 1)).toBeGreaterThanOrEqual(l); // the last attempt was long enough
    expect(2 ** (attempts.length - 2)).toBeLessThan(l); // the one before was not
  });

  it('fails for a request the server rejects and for a bad start', () => {
    const sys = fakeSystem({ engine: { maxModelLen: 300 } });
    expect(() => pilotLatency(sys, W, (i) => createRng(i))).toThrow('pilotLatency requires a request the server accepts');
    expect(() => pilotLatency(fakeSystem(), W, (i) => createRng(i), 0)).toThrow('pilotLatency requires a finite startS > 0');
  });
});
