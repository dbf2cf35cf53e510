import type { CalibrationComparison } from './simulate-calibration-sweep.js';

/** Error summary of one verifier. */
export interface CalibrationErrorRow {
  verifier: string;
  /** Steady-state points compared. */
  n_points: number;
  /** Mean absolute percentage error of mean latency (%). */
  mape_pct: number;
  /** Largest absolute percentage error (%). */
  max_error_pct: number;
  /** Mean signed error (%): positive = simulation slower than reality. */
  bias_pct: number;
  /** MAPE over the synchronous points only (%). */
  sync_mape_pct: number;
}

/**
 * Summarises simulated-vs-real comparisons per verifier (plus an 'all' row).
 *
 * @param comparisons the points (see compareCalibration)
 * @returns one row per verifier in first-seen order, then 'all'
 * @throws {Error} `calibrationErrors requires at least one comparison`
 * @example
 * calibrationErrors(points).find((r) => r.verifier === 'Qwen3-8B')?.mape_pct;
 */
export function calibrationErrors(comparisons: readonly CalibrationComparison[]): CalibrationErrorRow[] {
  if (comparisons.length === 0) throw new Error('calibrationErrors requires at least one comparison');
  const order: string[] = [];
  const groups = new Map<string, CalibrationComparison[]>();
  for (const c of comparisons) {
    if (!groups.has(c.verifier)) {
      groups.set(c.verifier, []);
      order.push(c.verifier);
    }
    groups.get(c.verifier)!.push(c);
  }
  const summarise = (verifier: string, cs: readonly CalibrationComparison[]): CalibrationErrorRow => {
    const abs = cs.map((c) => Math.abs(c.rel_error) * 100);
    const sync = cs.filter((c) => c.strategy === 'synchronous').map((c) => Math.abs(c.rel_error) * 100);
    return {
      verifier,
      n_points: cs.length,
      mape_pct: abs.reduce((a, b) => a + b, 0) / abs.length,
      max_error_pct: Math.max(...abs),
      bias_pct: (cs.reduce((a, c) => a + c.rel_error, 0) / cs.length) * 100,
      sync_mape_pct: sync.length > 0 ? sync.reduce((a, b) => a + b, 0) / sync.length : NaN,
    };
  };
  const rows = order.map((v) => summarise(v, groups.get(v)!));
  rows.push(summarise('all', comparisons));
  return rows;
}
