import type { TidyRow } from '../../data/tidy-schema.js';
import type { CalibrationErrorRow } from '../../sim/calibration/calibration-report.js';
import type { CalibrationComparison } from '../../sim/calibration/simulate-calibration-sweep.js';
import { calibrationParameter, withCalibrationParameters } from '../../sim/calibration/calibration-parameters.js';
import { selectCalibrationSweeps } from '../../sim/calibration/calibration-sweeps.js';
import { compareCalibration } from '../../sim/calibration/fit-calibration.js';
import type { SimCalibration } from '../../sim/specs/default-calibration.js';
import { formatNumber } from '../../util/format-number.js';

/** Bands of real requests in flight (B = measured rate × mean latency) and of draft length k. */
const IN_FLIGHT: readonly [number, number][] = [
  [0, 8],
  [8, 32],
  [32, Infinity],
];
const DRAFTS: readonly [number, number][] = [
  [1, 2],
  [3, 5],
  [6, Infinity],
];

/** One (draft-length band, in-flight band) cell of a held-out verifier's replay. */
export interface LovoCell {
  k: readonly [number, number];
  inFlight: readonly [number, number];
  n: number;
  /** Mean of sim / real - 1 (%). */
  biasPct: number;
}

/** Where a held-out verifier's error sits. */
export interface LovoWhere {
  verifier: string;
  /** Held-out MAPE of the report (%). */
  heldOutMapePct: number;
  /** MAPE and mean signed error of this replay (%). */
  replayMapePct: number;
  replayBiasPct: number;
  cells: LovoCell[];
  /** The fold's parameters against the committed calibration, largest relative change first. */
  shifts: { name: string; committed: number; fold: number; changePct: number }[];
}

const band = ([lo, hi]: readonly [number, number], unit = ''): string => (Number.isFinite(hi) ? `${lo}–${hi}${unit}` : `${lo}${unit} or more`);
const same = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] === b[0] && a[1] === b[1];
const kBand = ([lo, hi]: readonly [number, number]): string => (Number.isFinite(hi) ? (lo === hi ? `k = ${lo}` : `k ${lo}–${hi}`) : `k ≥ ${lo}`);

/**
 * Where the leave-one-verifier-out error sits, for the verifiers whose held-out MAPE is above the
 * mean over the held-out verifiers: each is replayed at its real rates (compareCalibration, 90-s
 * benchmarks) with the parameters fitted without it, and its signed error is split by draft
 * length and by the real requests in flight (measured rate × mean latency); the fold's parameters
 * are compared with the committed calibration's.
 *
 * @param realRows the real rows (speculators-scaling)
 * @param heldOut the leave-one-verifier-out report rows
 * @param foldValues per held-out verifier, the parameter values its fold fitted (the report's `values`)
 * @param cal the committed calibration
 * @returns one entry per verifier above the mean that has fold values and real sweeps
 * @throws {Error} as compareCalibration or withCalibrationParameters
 * @example
 * lovoWhere(data.realRows, data.lovo.rows, data.lovo.values, defaultCalibration());
 */
export function lovoWhere(
  realRows: readonly TidyRow[],
  heldOut: readonly CalibrationErrorRow[],
  foldValues: Readonly<Record<string, Record<string, number>>>,
  cal: SimCalibration,
): LovoWhere[] {
  const held = heldOut.filter((r) => r.verifier !== 'all');
  if (held.length === 0) return [];
  const mean = held.reduce((a, r) => a + r.mape_pct, 0) / held.length;
  const sweeps = selectCalibrationSweeps(realRows);
  const out: LovoWhere[] = [];
  for (const r of held.filter((h) => h.mape_pct > mean).sort((a, b) => b.mape_pct - a.mape_pct)) {
    const values = foldValues[r.verifier];
    const own = sweeps.filter((s) => s.verifier === r.verifier);
    if (values === undefined || own.length === 0) continue;
    const replay = compareCalibration(own, withCalibrationParameters(cal, values), { durationS: 90 });
    const pct = (xs: readonly CalibrationComparison[], abs: boolean): number => (100 * xs.reduce((a, c) => a + (abs ? Math.abs(c.rel_error) : c.rel_error), 0)) / xs.length;
    const cells: LovoCell[] = [];
    for (const k of DRAFTS) {
      for (const b of IN_FLIGHT) {
        const sel = replay.filter((c) => c.k >= k[0] && c.k <= k[1] && c.rps * c.real_latency_s >= b[0] && c.rps * c.real_latency_s < b[1]);
        if (sel.length > 0) cells.push({ k, inFlight: b, n: sel.length, biasPct: pct(sel, false) });
      }
    }
    const shifts = Object.entries(values)
      .map(([name, fold]) => {
        const committed = calibrationParameter(cal, name);
        return { name, committed, fold, changePct: 100 * (fold / committed - 1) };
      })
      .sort((a, b) => Math.abs(b.changePct) - Math.abs(a.changePct));
    out.push({ verifier: r.verifier, heldOutMapePct: r.mape_pct, replayMapePct: pct(replay, true), replayBiasPct: pct(replay, false), cells, shifts });
  }
  return out;
}

/**
 * Markdown bullets for lovoWhere's entries: per verifier the replay's MAPE and mean signed error,
 * the mean signed error per draft-length band across the in-flight bands, the cell with the
 * largest error and which costs dominate there (many short sequences per step: the per-sequence
 * costs; long drafts under load: the compute-bound GEMMs), and the three parameters its fold moved most.
 *
 * @param where lovoWhere output
 * @returns Markdown ('' for no entries)
 * @example
 * report.markdown(lovoWhereText(lovoWhere(...)));
 */
export function lovoWhereText(where: readonly LovoWhere[]): string {
  if (where.length === 0) return '';
  const f = (x: number): string => formatNumber(x, 2);
  const signed = (x: number): string => `${x >= 0 ? '+' : ''}${f(x)}%`;
  const bullets = where.map((w) => {
    const rows = DRAFTS.map((k) => {
      const mine = w.cells.filter((c) => same(c.k, k));
      return mine.length === 0 ? '' : `${kBand(k)}: ${mine.map((c) => `${signed(c.biasPct)} at ${band(c.inFlight)} in flight`).join(', ')}`;
    }).filter((s) => s !== '');
    const worst = w.cells.reduce((a, b) => (Math.abs(b.biasPct) > Math.abs(a.biasPct) ? b : a));
    const smallK = same(worst.k, DRAFTS[0]);
    const largeK = same(worst.k, DRAFTS[DRAFTS.length - 1]);
    const busy = worst.inFlight[0] > 0;
    const why =
      smallK && same(worst.inFlight, IN_FLIGHT[IN_FLIGHT.length - 1])
        ? ' There a step holds many sequences of few tokens each, so the costs the calibration charges per sequence (seqCpuS, sampledTokenCpuS) weigh most, set by the verifiers it was fitted on.'
        : largeK && busy
          ? ' There a verification pass holds many tokens, so its GEMMs are compute-bound, priced by the global computeEff and gemmPadTokens that the verifiers it was fitted on set; one GEMM efficiency for every model width need not fit this one.'
          : '';
    const moved = w.shifts.slice(0, 3).map((s) => `${s.name} ${formatNumber(s.committed)} → ${formatNumber(s.fold)} (${signed(s.changePct)})`);
    return (
      `- **${w.verifier}** (held out ${f(w.heldOutMapePct)}%; this replay ${f(w.replayMapePct)}%, mean signed error ${signed(w.replayBiasPct)}): ` +
      `mean signed error ${rows.join('; ')}. The largest, ${signed(worst.biasPct)}, is at ${kBand(worst.k)} with ${band(worst.inFlight)} requests in flight (${worst.n} points).${why} ` +
      `Fitted without it, the parameters moved most: ${moved.join(', ')}.`
    );
  });
  return `Where the error of the verifiers above the mean held-out MAPE sits (each replayed at its real rates with the parameters fitted without it; sim / real − 1, > 0: simulation slower):\n\n${bullets.join('\n')}`;
}
