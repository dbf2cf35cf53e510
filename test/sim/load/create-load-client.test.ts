import { describe, expect, it } from 'vitest';
import { createLoadClient } from '../../../lib/sim/load/create-load-client.js';
import type { SimStrategy } from '../../../lib/sim/sim-run-types.js';
import { createRng } from '../../../lib/random/create-rng.js';

interface Sent {
  targetS: number;
  sentS: number;
  endS: number;
}

/**
 * Drives a client with a toy server: every request takes serviceS seconds from its send
 * (infinite capacity); a tiny event loop orders ticks and completions.
 */
function drive(strategy: SimStrategy, durationS: number, maxConcurrency: number, serviceS: number, seed = 1): Sent[] {
  const sent: Sent[] = [];
  const events: Array<{ t: number; kind: 'tick' | 'done' }> = [];
  const client = createLoadClient(strategy, durationS, maxConcurrency, createRng(seed), {
    send(targetS, nowS) {
      sent.push({ targetS, sentS: nowS, endS: nowS + serviceS });
      events.push({ t: nowS + serviceS, kind: 'done' });
    },
    scheduleTick(timeS) {
      events.push({ t: timeS, kind: 'tick' });
    },
  });
  client.begin();
  for (;;) {
    events.sort((a, b) => a.t - b.t || (a.kind === 'done' ? -1 : 1));
    const e = events.shift();
    if (e === undefined || e.t >= durationS) break;
    if (e.kind === 'tick') client.tick(e.t);
    else client.requestDone(e.t);
    expect(client.inFlight).toBeLessThanOrEqual(maxConcurrency);
  }
  return sent;
}

describe('createLoadClient', () => {
  it('synchronous: one request at a time, back to back', () => {
    const s = drive({ type: 'synchronous' }, 10, 128, 0.3);
    expect(s).toHaveLength(Math.ceil(10 / 0.3)); // sends at 0, 0.3, ..., 9.9
    for (let i = 1; i < s.length; i++) expect(s[i].sentS).toBeCloseTo(s[i - 1].endS, 12);
  });

  it('concurrent: N streams started together, each closed-loop', () => {
    const s = drive({ type: 'concurrent', streams: 4 }, 1, 128, 0.25);
    expect(s.slice(0, 4).every((r) => r.sentS === 0)).toBe(true);
    expect(s).toHaveLength(16); // 4 streams x sends at 0, 0.25, 0.5, 0.75
  });

  it('throughput: max-concurrency streams', () => {
    const s = drive({ type: 'throughput' }, 1, 16, 0.5);
    expect(s.filter((r) => r.sentS === 0)).toHaveLength(16);
    expect(s).toHaveLength(32);
  });

  it('constant: evenly spaced sends at i / rate before the duration', () => {
    const s = drive({ type: 'constant', rate: 7 }, 10, 128, 0.01);
    expect(s).toHaveLength(70);
    s.forEach((r, i) => {
      expect(r.targetS).toBeCloseTo(i / 7, 12);
      expect(r.sentS).toBe(r.targetS);
    });
  });

  it('poisson: exponential gaps with mean 1 / rate', () => {
    const rate = 50;
    const s = drive({ type: "poisson", rate }, 100, 100_000, 0.001, 9);
    const gaps = s.slice(1).map((r, i) => r.sentS - s[i].sentS);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = 1 / rate / Math.sqrt(gaps.length);
    expect(Math.abs(mean - 1 / rate)).toBeLessThan(4 * sd);
    // exponential: P(gap > mean) = e^-1
    const over = gaps.filter((g) => g > 1 / rate).length / gaps.length;
    expect(over).toBeCloseTo(Math.exp(-1), 1);
    expect(s[0].sentS).toBe(0);
  });

  it('rate strategies queue at the client when max concurrency is reached', () => {
    // 10 req/s, each takes 1 s, at most 2 in flight: sends pile up and go out as slots free
    const s = drive({ type: 'constant', rate: 10 }, 5, 2, 1);
    expect(s.map((r) => r.sentS)).toEqual([0, 0.1, 1, 1.1, 2, 2.1, 3, 3.1, 4, 4.1]);
    expect(s.map((r) => r.targetS).slice(0, 4)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('rejects bad durations and concurrency', () => {
    const hooks = { send: () => undefined, scheduleTick: () => undefined };
    expect(() => createLoadClient({ type: 'synchronous' }, 0, 1, createRng(1), hooks)).toThrow(/durationS > 0/);
    expect(() => createLoadClient({ type: 'synchronous' }, 1, 0, createRng(1), hooks)).toThrow(/maxConcurrency >= 1/);
  });
});
