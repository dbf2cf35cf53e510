import { formatNumber } from '../../util/format-number.js';
import type { SimAtRealRates } from './sim-at-real-rates.js';

/** Result of {@link simVsRealSummary}. */
export interface SimVsRealSummary {
  /** Real points compared, and real points that found no simulated counterpart. */
  n: number;
  nUnmatched: number;
  /** Unmatched points by reason kind: no simulated sweep, above the simulated sweep's steady range, other. */
  unmatchedNoSweep: number;
  unmatchedAboveRange: number;
  unmatchedOther: number;
  /** Mean absolute and mean signed percentage error of simulated against real mean latency (%). */
  mapePct: number;
  biasPct: number;
  /** MAPE over the synchronous points (zero load) and over the constant-rate points (%); NaN without any. */
  syncMapePct: number;
  loadedMapePct: number;
  /** Share of compared points within ±band (fraction). */
  withinBand: number;
  band: number;
  /** The verifier with the largest MAPE, and that MAPE (%). */
  worstVerifier: string;
  worstMapePct: number;
  /** One markdown paragraph. */
  text: string;
}

/**
 * Sums up a point-for-point comparison of simulated and real mean latency (simAtRealRates): how
 * many real points were compared or could not be paired (and why), the mean absolute and signed
 * percentage errors (also apart for the synchronous, zero-load points and the constant-rate ones),
 * the share within ±band, and the verifier the simulator fits worst.
 *
 * @param result simAtRealRates output
 * @param options band (fraction, default 0.10)
 * @returns the numbers and a sentence
 * @throws {Error} `simVsRealSummary requires ...` for no comparisons or a band outside (0, 1)
 * @example
 * simVsRealSummary(simAtRealRates(sweeps, simRows)).text;
 */
export function simVsRealSummary(result: SimAtRealRates, options: { band?: number } = {}): SimVsRealSummary {
  const fn = 'simVsRealSummary';
  const cs = result?.comparisons;
  if (!Array.isArray(cs) || cs.length === 0) throw new Error(`${fn} requires at least one comparison`);
  const band = options.band ?? 0.1;
  if (!(band > 0 && band < 1)) throw new Error(`${fn} requires options.band in (0, 1), got ${String(band)}`);
  const unmatched = result.unmatched ?? [];
  const noSweep = unmatched.filter((u) => u.reason.startsWith('no simulated sweep')).length;
  const above = unmatched.filter((u) => u.reason.startsWith('above')).length;
  const errors = cs.map((c) => c.rel_error);
  const mape = (xs: number[]): number => (xs.reduce((a, e) => a + Math.abs(e), 0) / xs.length) * 100;
  const byVerifier = new Map<string, number[]>();
  for (const c of cs) byVerifier.set(c.verifier, [...(byVerifier.get(c.verifier) ?? []), c.rel_error]);
  let worstVerifier = '';
  let worstMapePct = -Infinity;
  for (const [v, es] of byVerifier) {
    const m = mape(es);
    if (m > worstMapePct) {
      worstVerifier = v;
      worstMapePct = m;
    }
  }
  const mapePct = mape(errors);
  const syncErrors = cs.filter((c) => c.strategy === 'synchronous').map((c) => c.rel_error);
  const loadedErrors = cs.filter((c) => c.strategy !== 'synchronous').map((c) => c.rel_error);
  const syncMapePct = syncErrors.length > 0 ? mape(syncErrors) : NaN;
  const loadedMapePct = loadedErrors.length > 0 ? mape(loadedErrors) : NaN;
  const biasPct = (errors.reduce((a, e) => a + e, 0) / errors.length) * 100;
  const withinBand = errors.filter((e) => Math.abs(e) <= band + 1e-12).length / errors.length;
  const f = (x: number): string => formatNumber(x);
  const text =
    `${cs.length} real steady-state points were compared with the simulation at their measured rates` +
    (unmatched.length > 0
      ? `; ${unmatched.length} could not be paired (${above} above the simulated sweep's highest steady rate, ` +
        `${noSweep} without a simulated sweep of their configuration${unmatched.length - above - noSweep > 0 ? `, ${unmatched.length - above - noSweep} other` : ''})`
      : '') +
    `. Mean absolute error ${f(mapePct)}% (synchronous points ${f(syncMapePct)}%, constant-rate points ${f(loadedMapePct)}%), mean signed error ${f(biasPct)}% (${biasPct < 0 ? 'the simulation is faster than reality on average' : 'the simulation is slower than reality on average'}); ` +
    `${f(withinBand * 100)}% of the points lie within ±${f(band * 100)}%. Worst verifier: ${worstVerifier} (MAPE ${f(worstMapePct)}%).`;
  return {
    n: cs.length,
    nUnmatched: unmatched.length,
    unmatchedNoSweep: noSweep,
    unmatchedAboveRange: above,
    unmatchedOther: unmatched.length - above - noSweep,
    mapePct,
    biasPct,
    syncMapePct,
    loadedMapePct,
    withinBand,
    band,
    worstVerifier,
    worstMapePct,
    text,
  };
}
