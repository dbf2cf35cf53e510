import type { TidyRow } from '../../data/tidy-schema.js';

/** One steady-state benchmark of a real sweep, to be re-simulated. */
export interface CalibrationPoint {
  strategy: 'synchronous' | 'constant';
  /** Measured request rate (requests/s): the constant rate the simulation replays. */
  rps: number;
  /** Measured mean end-to-end latency (s). */
  realLatencyS: number;
  /** Row source (file#index). */
  source: string;
}

/** One real sweep (verifier, alpha, k) reduced to its steady-state points. */
export interface CalibrationSweep {
  verifier: string;
  hardware: string;
  drafter: string;
  alpha: number;
  k: number;
  /** Prompt tokens the server saw per request (mean measured prompt length, rounded). */
  prefillTokens: number;
  decodeTokens: number;
  points: CalibrationPoint[];
  /** Benchmarks left out, with the reason. */
  excluded: Array<{ source: string; reason: string }>;
}

/** Options of {@link selectCalibrationSweeps}. */
export interface CalibrationSweepOptions {
  /** GuideLLM max concurrency of the runs (default 128). */
  maxConcurrency?: number;
}

/**
 * Groups real benchmark rows (e.g. loadSpeculatorsScaling) into sweeps and keeps the
 * steady-state points: the synchronous benchmark and the constant-rate ones. Left out:
 * - the throughput benchmark (a saturated closed loop, not a steady state);
 * - benchmarks with errored requests;
 * - benchmarks whose time-averaged concurrency exceeds 90% of the client's max concurrency
 *   (the load generator, not the server, limited the load);
 * - benchmarks with an incomplete spike: more requests unfinished at the end than
 *   1.5 x (rate x latency) + 3, the number Little's law expects in flight (a growing queue).
 * Rows without alpha or k, or not synchronous/constant/throughput, are ignored.
 *
 * @param rows tidy rows of real sweeps
 * @param options maxConcurrency (default 128)
 * @returns sweeps sorted by verifier, alpha, k
 * @throws {Error} `selectCalibrationSweeps requires an array of tidy rows`
 * @example
 * const sweeps = selectCalibrationSweeps(await loadSpeculatorsScaling());
 * sweeps.length; // 240
 */
export function selectCalibrationSweeps(rows: readonly TidyRow[], options: CalibrationSweepOptions = {}): CalibrationSweep[] {
  if (!Array.isArray(rows)) throw new Error('selectCalibrationSweeps requires an array of tidy rows');
  const cap = options.maxConcurrency ?? 128;
  const groups = new Map<string, TidyRow[]>();
  for (const r of rows) {
    if (r.alpha === null || !(r.k > 0)) continue;
    const key = [r.verifier, r.hardware, r.drafter, r.alpha, r.k, r.prefill_tokens, r.decode_tokens].join('|');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [r]);
    else g.push(r);
  }
  const sweeps: CalibrationSweep[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    const prompts = g.map((r) => r.mean_prompt_tokens).filter((x): x is number => typeof x === 'number' && x > 0);
    const prefill = prompts.length > 0 ? Math.round(prompts.reduce((a, b) => a + b, 0) / prompts.length) : first.prefill_tokens;
    const sweep: CalibrationSweep = {
      verifier: first.verifier,
      hardware: first.hardware,
      drafter: first.drafter,
      alpha: first.alpha as number,
      k: first.k,
      prefillTokens: prefill,
      decodeTokens: first.decode_tokens,
      points: [],
      excluded: [],
    };
    for (const r of g) {
      const reason = exclusion(r, cap);
      if (reason === undefined) continue;
      if (reason !== '') {
        sweep.excluded.push({ source: r.source, reason });
        continue;
      }
      sweep.points.push({
        strategy: r.strategy as 'synchronous' | 'constant',
        rps: r.measured_rps,
        realLatencyS: r.mean_latency_s,
        source: r.source,
      });
    }
    sweep.points.sort((a, b) => (a.strategy === b.strategy ? a.rps - b.rps : a.strategy === 'synchronous' ? -1 : 1));
    sweeps.push(sweep);
  }
  sweeps.sort((a, b) =>
    a.verifier !== b.verifier ? (a.verifier < b.verifier ? -1 : 1) : a.alpha !== b.alpha ? a.alpha - b.alpha : a.k - b.k,
  );
  return sweeps;
}

/** '' = keep, a reason = exclude, undefined = not a benchmark of interest. */
function exclusion(r: TidyRow, cap: number): string | undefined {
  if (r.strategy === 'throughput') return 'throughput benchmark (saturated)';
  if (r.strategy !== 'synchronous' && r.strategy !== 'constant') return undefined;
  if (!(r.measured_rps > 0) || !(r.mean_latency_s > 0)) return 'no rate or latency';
  if (r.errored !== null && r.errored > 0) return `${r.errored} errored requests`;
  if (r.mean_concurrency !== null && r.mean_concurrency > 0.9 * cap) return `concurrency ${r.mean_concurrency.toFixed(1)} at the client cap ${cap}`;
  const incomplete = typeof r.incomplete === 'number' ? r.incomplete : 0;
  const expected = r.measured_rps * r.mean_latency_s;
  if (incomplete > 1.5 * expected + 3) return `incomplete spike: ${incomplete} unfinished, ${expected.toFixed(1)} expected in flight`;
  return '';
}
