import type { TidyRow } from '../../data/tidy-schema.js';
import { CONFIG_KEYS } from '../../data/tidy-schema.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import { excludeSaturated } from '../../fit/exclude-saturated.js';
import { groupRows } from '../../data/verbs/group-rows.js';
import type { CalibrationSweep } from '../../sim/calibration/calibration-sweeps.js';
import type { CalibrationComparison } from '../../sim/calibration/simulate-calibration-sweep.js';

/** Options of {@link simAtRealRates}. */
export interface SimAtRealRatesOptions {
  /**
   * Largest relative difference between the real sweep's prompt length (measured mean) and a
   * simulated sweep's prefill_tokens for the two to be paired (default 0.05: the real runs'
   * prompts average 520 tokens for a nominal 512).
   */
  prefillTolerance?: number;
  /** Seconds added to every simulated latency (default 0), e.g. a request overhead the simulation left out. */
  addLatencyS?: number;
  /** Saturation rules that decide the simulated sweeps' steady points (excludeSaturated's options; default its defaults). */
  exclusion?: ExclusionOptions;
}

/** A real steady-state point that has no simulated counterpart. */
export interface UnmatchedPoint {
  verifier: string;
  alpha: number;
  k: number;
  strategy: string;
  rps: number;
  reason: string;
}

/** Result of {@link simAtRealRates}. */
export interface SimAtRealRates {
  /** One comparison per matched real point, in the shape calibrationErrors summarises. */
  comparisons: CalibrationComparison[];
  unmatched: UnmatchedPoint[];
}

/**
 * Compares a simulated data set with real sweeps point for point at the REAL request rates,
 * without simulating anything: each real sweep (selectCalibrationSweeps: synchronous and
 * constant-rate steady states) is paired with the simulated sweep of the same verifier,
 * hardware, alpha, k and decode length whose prefill is within prefillTolerance of the real
 * prompts. The simulated sweep's steady points (excludeSaturated) form a curve of mean latency
 * against measured rate; the real synchronous point is compared with the simulated synchronous
 * one, and each real constant rate with the curve linearly interpolated at that rate (the curve
 * starts at rate 0 with the synchronous latency, the zero-load latency, flat up to the synchronous
 * rate). Real rates beyond the simulated sweep's highest steady rate (the simulation saturates
 * earlier) are reported as unmatched, not extrapolated.
 *
 * @param sweeps real sweeps (selectCalibrationSweeps)
 * @param simRows simulated tidy rows (e.g. the real 512/128 grid of data/sim)
 * @param options prefill tolerance, latency added to the simulation, saturation rules
 * @returns the comparisons (sweep order, then the sweep's point order) and the unmatched real points
 * @throws {Error} `simAtRealRates requires ...` for non-arrays or bad options
 * @example
 * const { comparisons } = simAtRealRates(selectCalibrationSweeps(realRows), simRows);
 * calibrationErrors(comparisons); // MAPE per verifier
 */
export function simAtRealRates(sweeps: readonly CalibrationSweep[], simRows: readonly TidyRow[], options: SimAtRealRatesOptions = {}): SimAtRealRates {
  const fn = 'simAtRealRates';
  if (!Array.isArray(sweeps)) throw new Error(`${fn} requires an array of real sweeps`);
  if (!Array.isArray(simRows)) throw new Error(`${fn} requires an array of simulated tidy rows`);
  const tol = options.prefillTolerance ?? 0.05;
  const add = options.addLatencyS ?? 0;
  if (!(tol >= 0)) throw new Error(`${fn} requires options.prefillTolerance >= 0`);
  if (!Number.isFinite(add)) throw new Error(`${fn} requires a finite options.addLatencyS`);

  const curves = groupRows(simRows, CONFIG_KEYS)
    .filter((g) => g.rows[0].k > 0 && g.rows[0].alpha !== null)
    .map((g) => {
      const kept = excludeSaturated(g.rows, options.exclusion ?? {}).kept;
      const sync = kept.find((r) => r.strategy === 'synchronous');
      const open = kept
        .filter((r) => r.strategy === 'constant' || r.strategy === 'poisson')
        .map((r) => ({ rps: r.measured_rps, latencyS: r.mean_latency_s }));
      // The synchronous latency is the zero-load latency: it anchors the curve at rate 0 too.
      const anchors = sync ? [{ rps: 0, latencyS: sync.mean_latency_s }, { rps: sync.measured_rps, latencyS: sync.mean_latency_s }] : [];
      const curve = [...anchors, ...open].sort((a, b) => a.rps - b.rps);
      const r0 = g.rows[0];
      return { row: r0, syncS: sync?.mean_latency_s ?? null, curve };
    });
  const lower = (s: string): string => s.toLowerCase();

  const comparisons: CalibrationComparison[] = [];
  const unmatched: UnmatchedPoint[] = [];
  for (const sweep of sweeps) {
    const candidates = curves.filter(
      (c) =>
        lower(c.row.verifier) === lower(sweep.verifier) &&
        lower(c.row.hardware) === lower(sweep.hardware) &&
        c.row.alpha === sweep.alpha &&
        c.row.k === sweep.k &&
        c.row.decode_tokens === sweep.decodeTokens &&
        Math.abs(c.row.prefill_tokens / sweep.prefillTokens - 1) <= tol,
    );
    const sim = candidates.sort((a, b) => Math.abs(a.row.prefill_tokens - sweep.prefillTokens) - Math.abs(b.row.prefill_tokens - sweep.prefillTokens))[0];
    for (const p of sweep.points) {
      const base = { verifier: sweep.verifier, alpha: sweep.alpha, k: sweep.k, strategy: p.strategy, rps: p.rps };
      if (sim === undefined) {
        unmatched.push({ ...base, reason: 'no simulated sweep of this configuration' });
        continue;
      }
      let simS: number | null;
      if (p.strategy === 'synchronous') {
        simS = sim.syncS;
        if (simS === null) {
          unmatched.push({ ...base, reason: 'the simulated sweep has no usable synchronous benchmark' });
          continue;
        }
      } else {
        simS = interpolate(sim.curve, p.rps);
        if (simS === null) {
          const top = sim.curve.length > 0 ? sim.curve[sim.curve.length - 1].rps : 0;
          unmatched.push({
            ...base,
            reason: p.rps > top ? `above the simulated sweep's highest steady rate ${top.toFixed(3)} requests/s` : 'below the simulated sweep\'s lowest rate',
          });
          continue;
        }
      }
      const simLatency = simS + add;
      comparisons.push({ ...base, real_latency_s: p.realLatencyS, sim_latency_s: simLatency, rel_error: simLatency / p.realLatencyS - 1 });
    }
  }
  return { comparisons, unmatched };
}

/** Linear interpolation of latency at `rps` on a curve sorted by rate; null outside it. */
function interpolate(curve: ReadonlyArray<{ rps: number; latencyS: number }>, rps: number): number | null {
  if (curve.length === 0 || rps < curve[0].rps || rps > curve[curve.length - 1].rps) return null;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1];
    const b = curve[i];
    if (rps <= b.rps) return b.rps === a.rps ? b.latencyS : a.latencyS + ((rps - a.rps) / (b.rps - a.rps)) * (b.latencyS - a.latencyS);
  }
  return curve[curve.length - 1].latencyS;
}
